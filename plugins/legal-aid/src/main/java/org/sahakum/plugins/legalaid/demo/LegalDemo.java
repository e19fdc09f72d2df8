package org.sahakum.plugins.legalaid.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.violations.NewViolation;
import org.sahakum.plugins.legalaid.violations.ViolationResource;

/**
 * Tops the organisation's legal aid up to its demo members: {@value #CASES_PER_MEMBER} cases per
 * member (about 7 in 10 of them a member's, the others walk-ins and other non-members; about 1 in
 * 12 a detention) and one documented violation per {@value #MEMBERS_PER_VIOLATION} members. It
 * counts what the organisation holds and makes only the rest, in committed batches of whole cases.
 */
public final class LegalDemo implements DemoData {
  static final int CASES_PER_MEMBER = 2;
  static final int MEMBERS_PER_VIOLATION = 5;
  // small batches: each flush walks every entity the batch holds
  static final int CASE_BATCH = 10;
  static final int VIOLATION_BATCH = 10;

  @Override
  public void seed(ModuleContext context, DemoRequest request) {
    Instant now = context.clock().instant();
    ZoneId zone = context.clock().getZone();
    int members = request.scale();
    long cases = (long) CASES_PER_MEMBER * members;
    CaseWriter writer = new CaseWriter(request, zone, now);
    long hadCases = count(context, "SELECT COUNT(c) FROM LegalCase c");
    for (long from = hadCases; from < cases; from += CASE_BATCH) {
      long to = Math.min(cases, from + CASE_BATCH);
      Window window = Window.of(request, from, to, cases, members);
      for (long n = from; n < to; n++) {
        CaseStory story = CaseStory.of(request.seed(), n, cases, members, now, zone);
        writer.write(story, window.member(story.memberPosition()), Draws.of(request.seed(), 3, n));
      }
      request.commit();
      request.progress("cases", to, cases);
    }
    long violations = members / MEMBERS_PER_VIOLATION;
    LocalDate today = LocalDate.ofInstant(now, zone);
    long hadViolations = count(context, "SELECT COUNT(e) FROM ViolationEvent e");
    for (long from = hadViolations; from < violations; from += VIOLATION_BATCH) {
      long to = Math.min(violations, from + VIOLATION_BATCH);
      Window window = Window.of(request, from, to, violations, members);
      for (long n = from; n < to; n++) {
        ViolationStory story = ViolationStory.of(request.seed(), n, violations, members, today);
        new ViolationResource(request.at(story.recordedOn().atTime(15, 0).atZone(zone).toInstant()))
            .record(body(story, window));
      }
      request.commit();
      request.progress("violations", to, violations);
    }
    request.progress("cases added", Math.max(0, cases - hadCases), Math.max(0, cases - hadCases));
    request.progress("violations added", Math.max(0, violations - hadViolations), Math.max(0, violations - hadViolations));
  }

  private static long count(ModuleContext context, String jpql) {
    return context.entityManager().createQuery(jpql, Long.class).getSingleResult();
  }

  private static NewViolation body(ViolationStory story, Window window) {
    List<NewViolation.Act> acts = new ArrayList<>();
    for (ViolationStory.ActStory act : story.acts()) {
      List<NewViolation.Victim> victims = act.victimPositions().stream().map(p -> {
        MemberRef m = window.member(p);
        return new NewViolation.Victim(m == null ? null : m.memberCode());
      }).toList();
      acts.add(new NewViolation.Act(act.actType(), act.perpetratorType(), victims));
    }
    return new NewViolation(story.occurredOn(), story.place(), story.advocacyConsent(), acts);
  }

  /** The members a batch of records may name: one stretch of the register, read in pages. */
  record Window(int first, List<MemberRef> members) {
    static Window of(DemoRequest request, long from, long to, long records, int scale) {
      if (scale == 0) {
        return new Window(0, List.of());
      }
      int lo = (int) Math.max(0, from * scale / records - Draws.JITTER);
      int hi = (int) Math.min(scale - 1L, (to - 1) * scale / records + Draws.JITTER);
      List<MemberRef> members = new ArrayList<>();
      for (int offset = lo; offset <= hi; offset += DemoRequest.MAX_PAGE) {
        List<MemberRef> page = request.members(offset, Math.min(DemoRequest.MAX_PAGE, hi - offset + 1));
        members.addAll(page);
        if (page.isEmpty()) {
          break;
        }
      }
      return new Window(lo, members);
    }

    /** The member at register position {@code position}, or null for -1 or one the register lacks. */
    MemberRef member(int position) {
      int i = position - first;
      return position < 0 || i < 0 || i >= members.size() ? null : members.get(i);
    }
  }
}
