package org.sahakum.plugins.organising.events;

import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;

/** A member's attendance at an event, for the API and the demo alike: once per member, 409 on the second. */
public final class Attendances {
  private Attendances() {}

  public static EventAttendance add(ModuleContext ctx, long eventId, MemberRef m) {
    long already = ctx.entityManager().createQuery("SELECT COUNT(a) FROM EventAttendance a WHERE a.eventId = :e "
        + "AND a.memberId = :m", Long.class).setParameter("e", eventId).setParameter("m", m.id()).getSingleResult();
    if (already > 0) {
      throw Refusal.conflict("already-attending", "That member is on this event's attendance list already.");
    }
    EventAttendance a = new EventAttendance(eventId, m.id());
    ctx.entityManager().persist(a);
    Events.find(ctx, eventId).memberAttended();
    ctx.entityManager().flush();
    ctx.audit().record("attendance.recorded", "event", String.valueOf(eventId));
    return a;
  }
}
