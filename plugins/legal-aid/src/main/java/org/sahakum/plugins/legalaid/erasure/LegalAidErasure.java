package org.sahakum.plugins.legalaid.erasure;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;

/**
 * An erased member's legal aid: their cases stay (type, dates, status, outcome) but no longer
 * point at them, and their confidential notes and files go; as a victim of a documented violation
 * they become an anonymous victim, so that the counts of the advocacy report still hold; their
 * attendance at trainings becomes an anonymous count on each training. Referrals stay with their
 * case, which no longer names the member; they never named anyone.
 */
public final class LegalAidErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext context, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    EntityManager em = context.entityManager();
    List<Long> caseIds = em.createQuery("SELECT c.id FROM LegalCase c WHERE c.memberId = :m", Long.class)
        .setParameter("m", event.memberId()).getResultList();
    if (!caseIds.isEmpty()) {
      em.createQuery("DELETE FROM CaseNote n WHERE n.caseId IN :c").setParameter("c", caseIds).executeUpdate();
      em.createQuery("DELETE FROM CaseAttachment a WHERE a.caseId IN :c").setParameter("c", caseIds).executeUpdate();
      em.createQuery("UPDATE LegalCase c SET c.memberId = NULL, c.memberCode = NULL WHERE c.id IN :c").setParameter("c", caseIds)
          .executeUpdate();
    }
    int victims = em.createQuery("UPDATE ViolationVictim v SET v.memberId = NULL WHERE v.memberId = :m")
        .setParameter("m", event.memberId()).executeUpdate();
    // each attendance becomes one more anonymous attendee of its training, then goes
    int attended = em.createQuery("UPDATE Training t SET t.anonymousAttendees = t.anonymousAttendees + 1 "
            + "WHERE t.id IN (SELECT a.trainingId FROM Attendance a WHERE a.memberId = :m)")
        .setParameter("m", event.memberId()).executeUpdate();
    em.createQuery("DELETE FROM Attendance a WHERE a.memberId = :m").setParameter("m", event.memberId())
        .executeUpdate();
    if (!caseIds.isEmpty() || victims > 0 || attended > 0) {
      // that legal aid anonymised someone, never whom: the entry outlives the member's erasure
      context.audit().record("member.anonymised", "member", null);
    }
  }
}
