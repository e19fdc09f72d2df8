package org.sahakum.plugins.uniondues.erasure;

import jakarta.persistence.EntityManager;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotals;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;
import org.sahakum.plugins.uniondues.ledger.EntryKind;

/**
 * An erased member's dues: the enrolment forgets the member, their hardship exemptions (whose
 * reasons are personal) and the free-text reasons of their reversals go; the amounts stay, so the
 * organisation's books and reports still add up.
 */
public final class DuesErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext context, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    EntityManager em = context.entityManager();
    DuesEnrolment enrolment = new Enrolments(em).ofMember(event.memberId(), true).orElse(null);
    if (enrolment == null) {
      return;
    }
    em.createQuery("DELETE FROM DuesExemption x WHERE x.enrolmentId = :e")
        .setParameter("e", enrolment.getId()).executeUpdate();
    em.createQuery("UPDATE LedgerEntry l SET l.reason = NULL WHERE l.enrolment = :e AND l.kind = :k")
        .setParameter("e", enrolment).setParameter("k", EntryKind.REVERSAL).executeUpdate();
    ArrearsTotals.Share before = ArrearsTotals.shareOf(enrolment);
    enrolment.forgetMember();
    new ArrearsTotals(em).moved(before, enrolment);
    // nor the enrolment: earlier entries tie its id to the member's payments and receipts
    context.audit().record("member.anonymised", "enrolment", null);
  }
}
