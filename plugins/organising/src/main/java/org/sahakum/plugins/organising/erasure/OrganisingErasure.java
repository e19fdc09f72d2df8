package org.sahakum.plugins.organising.erasure;

import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;

/**
 * An erased member's workplace links are deleted (sealed values and all), and her attendance at
 * events becomes one more of the event's others: the counts stay, nothing points at her.
 */
public final class OrganisingErasure implements MemberEventListener {

  @Override
  public void onMemberEvent(ModuleContext context, MemberEvent event) {
    if (event.kind() != MemberEvent.Kind.ERASED) {
      return;
    }
    var em = context.entityManager();
    int links = em.createQuery("DELETE FROM WorkplaceLink l WHERE l.memberId = :m").setParameter("m", event.memberId())
        .executeUpdate();
    int moved = em.createQuery("UPDATE OrgEvent e SET e.othersCount = e.othersCount + 1, e.membersCount = e.membersCount - 1 "
            + "WHERE e.id IN (SELECT a.eventId FROM EventAttendance a WHERE a.memberId = :m)")
        .setParameter("m", event.memberId()).executeUpdate();
    em.createQuery("DELETE FROM EventAttendance a WHERE a.memberId = :m").setParameter("m", event.memberId()).executeUpdate();
    if (links + moved > 0) {
      // organising forgot someone, never whom
      context.audit().record("member.anonymised", "member", null);
    }
  }
}
