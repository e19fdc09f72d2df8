package org.sahakum.plugins.uniondues.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.enrolments.EnrolmentResource;
import org.sahakum.plugins.uniondues.enrolments.NewEnrolment;
import org.sahakum.plugins.uniondues.exemptions.ExemptionResource;
import org.sahakum.plugins.uniondues.exemptions.NewExemption;
import org.sahakum.plugins.uniondues.ledger.Ledger;
import org.sahakum.plugins.uniondues.ledger.LedgerEntry;
import org.sahakum.plugins.uniondues.ledger.NewPayment;
import org.sahakum.plugins.uniondues.ledger.NewReversal;
import org.sahakum.plugins.uniondues.ledger.PaymentRun;
import org.sahakum.plugins.uniondues.ledger.ReversalResource;
import org.sahakum.plugins.uniondues.plans.DuesPlan;
import org.sahakum.plugins.uniondues.plans.NewPlan;
import org.sahakum.plugins.uniondues.plans.PlanResource;

/**
 * Tops the organisation's dues up to its demo members: one monthly riel plan (made once, starting
 * 17 months before the first run's month), then, member by member in register order, each
 * {@link DuesHistory} not yet written. A member's enrolment and ledger are written in the same
 * batch, so "enrolled" means "whole story written" and a second start skips them.
 */
public final class DuesDemo implements DemoData {
  /** Members per batch, committed together: small, as each flush walks every entity the batch holds. */
  static final int BATCH = 5;
  static final String REVERSAL_REASON = "Demo: recorded twice by mistake / កត់ត្រាពីរដង";
  static final String EXEMPTION_REASON = "Demo: hardship exemption / ការលើកលែងដោយសារការលំបាក";

  @Override
  public void seed(ModuleContext context, DemoRequest request) {
    ZoneId zone = context.clock().getZone();
    LocalDate today = LocalDate.now(context.clock());
    DuesPlan plan = planOf(context, request, today, zone);
    long planId = plan.getId();
    LocalDate planStart = plan.getStartsOn();
    request.commit();
    long payments = 0;
    int added = 0;
    for (int offset = 0; offset < request.scale(); offset += BATCH) {
      List<MemberRef> page = request.members(offset, Math.min(BATCH, request.scale() - offset));
      if (page.isEmpty()) {
        break;
      }
      Set<Long> enrolled = enrolledAmong(context.entityManager(), page);
      for (int i = 0; i < page.size(); i++) {
        MemberRef member = page.get(i);
        DuesHistory story = DuesHistory.of(request.seed(), offset + i, planStart, today);
        if (!story.enrolled() || enrolled.contains(member.id())) {
          continue;
        }
        payments += write(request, member, planId, story, zone);
        added++;
      }
      request.commit();
      request.progress("members seen", offset + page.size(), request.scale());
    }
    request.progress("members enrolled", added, added);
    request.progress("payments", payments, payments);
  }

  /** The organisation's first plan, or a new monthly riel plan if it has none. */
  private static DuesPlan planOf(ModuleContext context, DemoRequest request, LocalDate today, ZoneId zone) {
    List<DuesPlan> plans = context.entityManager().createQuery("SELECT p FROM DuesPlan p ORDER BY p.id",
        DuesPlan.class).setMaxResults(1).getResultList();
    if (!plans.isEmpty()) {
      return plans.get(0);
    }
    LocalDate startsOn = today.withDayOfMonth(1).minusMonths(17);
    ModuleContext then = request.at(startsOn.minusDays(7).atTime(LocalTime.NOON).atZone(zone).toInstant());
    new PlanResource(then).create(new NewPlan("វិភាគទានប្រចាំខែ (សាកល្បង)", "Monthly dues (demo)", "KHR",
        BigDecimal.valueOf(DuesHistory.MONTHLY_MINOR), "MONTHLY", startsOn, 2));
    return context.entityManager().createQuery("SELECT p FROM DuesPlan p ORDER BY p.id", DuesPlan.class)
        .setMaxResults(1).getSingleResult();
  }

  private static Set<Long> enrolledAmong(EntityManager em, List<MemberRef> page) {
    return new HashSet<>(em.createQuery("SELECT e.memberId FROM DuesEnrolment e WHERE e.memberId IN :ids", Long.class)
        .setParameter("ids", page.stream().map(MemberRef::id).toList()).getResultList());
  }

  /**
   * Enrols the member and writes their story through the services, each stretch of payments in one
   * {@link PaymentRun} (an exemption or a reversal ends a stretch); answers the payments made.
   */
  private static int write(DemoRequest request, MemberRef member, long planId, DuesHistory story, ZoneId zone) {
    String code = member.memberCode();
    ModuleContext enrolled = at(request, story.startsOn(), zone);
    new EnrolmentResource(enrolled).enrol(new NewEnrolment(code, planId, story.startsOn()));
    Stretch stretch = new Stretch(new Ledger(enrolled), code);
    int payments = 0;
    for (DuesHistory.Event e : story.events()) {
      ModuleContext then = at(request, e.on(), zone);
      switch (e.type()) {
        case EXEMPTION -> {
          stretch.end();
          new ExemptionResource(then).grant(new NewExemption(code, EXEMPTION_REASON, e.on(), e.until()));
        }
        case PAYMENT -> {
          stretch.pay(then, e);
          payments++;
        }
        case PAYMENT_RECORDED_TWICE -> {
          stretch.pay(then, e);
          LedgerEntry twice = stretch.pay(then, e);
          stretch.end();
          new ReversalResource(then).reverse(new NewReversal(twice.getId(), REVERSAL_REASON));
          payments += 2;
        }
        default -> throw new IllegalStateException("every event type is handled");
      }
    }
    stretch.end();
    return payments;
  }

  /**
   * Consecutive payments of one member, recorded in one run; each gets its audit entry as
   * {@code POST payments} gives it, once the run is written and the entry has its id.
   */
  private static final class Stretch {
    private final Ledger ledger;
    private final String code;
    private final List<LedgerEntry> paid = new ArrayList<>();
    private final List<ModuleContext> paidAt = new ArrayList<>();
    private PaymentRun run;

    Stretch(Ledger ledger, String code) {
      this.ledger = ledger;
      this.code = code;
    }

    LedgerEntry pay(ModuleContext then, DuesHistory.Event e) {
      if (run == null) {
        run = ledger.payments(code);
      }
      LedgerEntry entry = run.pay(then, new NewPayment(code, BigDecimal.valueOf(e.amountMinor()), "KHR", e.on(),
          e.method()));
      paid.add(entry);
      paidAt.add(then);
      return entry;
    }

    void end() {
      if (run == null) {
        return;
      }
      run.finish();
      for (int i = 0; i < paid.size(); i++) {
        paidAt.get(i).audit().record("payment.recorded", "payment", String.valueOf(paid.get(i).getId()));
      }
      paid.clear();
      paidAt.clear();
      run = null;
    }
  }

  /** The context at a working hour of {@code day}, so services stamp the record with that day. */
  private static ModuleContext at(DemoRequest request, LocalDate day, ZoneId zone) {
    return request.at(day.atTime(10, 0).atZone(zone).toInstant());
  }
}
