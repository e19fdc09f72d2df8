package org.sahakum.plugins.uniondues.ledger;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotals;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;

/**
 * Payments of one member recorded one after the other in one transaction: the member's enrolment and
 * the receipt counter are locked once (in that order, as {@link Ledger} always takes them) and held
 * for all of them, each payment is checked and numbered as a single one is, and the arrears totals
 * move once, from before the first to after the last (their changes add up the same way). A single
 * {@code POST payments} is a run of one; bulk work (demo data) records a member's year in one run.
 * Call {@link #finish()} after the last payment; the entries have their ids from then on.
 */
public final class PaymentRun {
  private final EntityManager em;
  private final MemberRef member;
  private final DuesEnrolment enrolment;
  private final ArrearsTotals.Share before;
  private ReceiptCounter counter;

  PaymentRun(EntityManager em, MemberRef member) {
    this.em = em;
    this.member = member;
    this.enrolment = new Enrolments(em).ofMember(member.id(), true)
        .orElseThrow(() -> Refusal.unprocessable("memberCode", "not-enrolled",
            "memberCode: this member is not enrolled in a dues plan."));
    this.before = ArrearsTotals.shareOf(enrolment);
    enrolment.moveTo(member.chapter() == null ? null : member.chapter().id());
  }

  /** The member whose payments this run records. */
  public MemberRef member() {
    return member;
  }

  /**
   * Records {@code body} as {@code at}'s caller on {@code at}'s day (its clock dates the entry), with
   * the organisation's next receipt number. {@code at} is this run's context or one of its
   * {@code DemoRequest.at} twins (the same EntityManager).
   */
  public LedgerEntry pay(ModuleContext at, NewPayment body) {
    LocalDate today = LocalDate.now(at.clock());
    if (body.paidOn().isAfter(today)) {
      throw Refusal.invalid("paidOn", "must-be-past", "paidOn must not be in the future.");
    }
    if (!member.memberCode().equals(body.memberCode())) {
      throw new IllegalArgumentException("a run records one member's payments");
    }
    if (!enrolment.getCurrency().equals(body.currency())) {
      throw Access.unprocessable("currency: this member's dues are in " + enrolment.getCurrency() + ".");
    }
    if (counter == null) {
      counter = ReceiptCounter.locked(em);
    }
    long amount = body.amountMinor().longValueExact();
    long receipt = counter.take();
    enrolment.post(amount);
    LedgerEntry entry = LedgerEntry.payment(enrolment, receipt, amount, PaymentMethod.valueOf(body.method()),
        body.paidOn(), at.caller().accountId(), today, at.clock().instant().truncatedTo(ChronoUnit.MICROS));
    em.persist(entry);
    return entry;
  }

  /** Moves the arrears totals for the whole run and writes it. */
  public void finish() {
    new ArrearsTotals(em).moved(before, enrolment);
    em.flush();
  }
}
