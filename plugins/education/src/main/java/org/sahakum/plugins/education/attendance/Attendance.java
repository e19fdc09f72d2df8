package org.sahakum.plugins.education.attendance;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.classes.EduClass;
import org.sahakum.plugins.education.classes.Term;
import org.sahakum.plugins.education.enrolments.Enrolments;

/**
 * Taking a class's attendance in one request. The class row is locked first, so two phones sending
 * the same session wait for each other; the session is unique per class and day and each child has
 * one mark in it, so a retry after a lost answer changes marks instead of adding rows. The same day,
 * marks may be sent again as they are; after the day a changed mark is a correction with a reason.
 */
public final class Attendance {
  /**
   * How far back a first submission may reach (a phone that was offline for a while); a class in a
   * term also takes any day of its term (a term's paper register typed in later).
   */
  static final int DAYS_BACK = 31;

  private final ModuleContext ctx;
  private final EntityManager em;

  public Attendance(ModuleContext ctx) {
    this.ctx = ctx;
    this.em = ctx.entityManager();
  }

  /** The session taken, whether it is new, and (for a new one) its counts, known without reading them back. */
  record Taken(ClassSession session, boolean created, SessionView view) {}

  Taken take(EduClass lockedClass, NewSession body, Instant now) {
    LocalDate today = LocalDate.now(ctx.clock());
    if (body.heldOn().isAfter(today)) {
      throw Access.unprocessable("heldOn: attendance cannot be taken for a day that has not come.");
    }
    if (body.heldOn().isBefore(today.minusDays(DAYS_BACK)) && !inTerm(lockedClass, body.heldOn())) {
      throw Access.unprocessable("heldOn: attendance can be sent up to " + DAYS_BACK + " days after the session, "
          + "or for a day of the class's term.");
    }
    Map<Long, MarkStatus> marks = new HashMap<>();
    for (NewSession.Mark m : body.marks()) {
      if (marks.put(m.childId(), MarkStatus.valueOf(m.status())) != null) {
        throw Access.unprocessable("marks: child " + m.childId() + " is marked twice.");
      }
    }
    List<Long> children = List.copyOf(marks.keySet());
    Set<Long> enrolled = new HashSet<>(new Enrolments(ctx).enrolledChildren(lockedClass.getId()));
    long strangers = marks.keySet().stream().filter(id -> !enrolled.contains(id)).count();
    if (strangers > 0) {
      throw Access.unprocessable("marks: " + strangers + " of the children marked are not enrolled in this class.");
    }
    ClassSession session = em.createQuery("SELECT s FROM ClassSession s WHERE s.classId = :c AND s.heldOn = :d",
            ClassSession.class)
        .setParameter("c", lockedClass.getId()).setParameter("d", body.heldOn()).getResultList().stream().findFirst()
        .orElse(null);
    boolean created = session == null;
    if (created) {
      session = new ClassSession(lockedClass.getId(), body.heldOn(), ctx.caller().accountId(), now);
      em.persist(session);
      em.flush();
    } else {
      boolean afterTheDay = body.heldOn().isBefore(today);
      for (AttendanceMark existing : marksOf(session.getId())) {
        MarkStatus sent = marks.remove(existing.getChildId());
        if (sent != null && sent != existing.getStatus()) {
          if (afterTheDay) {
            throw Access.unprocessable("marks: the session of " + body.heldOn() + " is already taken; after the day, "
                + "change a mark as a correction with a reason.");
          }
          existing.set(sent);
        }
      }
    }
    Map<MarkStatus, Long> counts = new EnumMap<>(MarkStatus.class);
    for (Map.Entry<Long, MarkStatus> m : marks.entrySet()) {
      em.persist(new AttendanceMark(session, m.getKey(), m.getValue()));
      counts.merge(m.getValue(), 1L, Long::sum);
    }
    em.flush();
    em.createQuery("UPDATE Child c SET c.lastActivityOn = :d WHERE c.id IN :ids AND c.lastActivityOn < :d")
        .setParameter("d", today).setParameter("ids", children).executeUpdate();
    return new Taken(session, created, created ? view(session, counts) : null);
  }

  /** Whether {@code day} is a day of the class's term (false for a class in no term). */
  private boolean inTerm(EduClass c, LocalDate day) {
    Term term = c.getTermId() == null ? null : em.find(Term.class, c.getTermId());
    return term != null && !day.isBefore(term.getStartsOn()) && !day.isAfter(term.getEndsOn());
  }

  List<AttendanceMark> marksOf(long sessionId) {
    return em.createQuery("SELECT a FROM AttendanceMark a WHERE a.sessionId = :s ORDER BY a.childId", AttendanceMark.class)
        .setParameter("s", sessionId).getResultList();
  }

  SessionView view(ClassSession s) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery("SELECT a.status, COUNT(a) FROM AttendanceMark a WHERE a.sessionId = :s "
        + "GROUP BY a.status", Object[].class).setParameter("s", s.getId()).getResultList()) {
      counts.put(String.valueOf(row[0]), (Long) row[1]);
    }
    return new SessionView(s.getId(), s.getClassId(), s.getHeldOn(), s.getTakenByAccountId(),
        counts.getOrDefault("PRESENT", 0L), counts.getOrDefault("LATE", 0L), counts.getOrDefault("ABSENT", 0L));
  }

  private static SessionView view(ClassSession s, Map<MarkStatus, Long> counts) {
    return new SessionView(s.getId(), s.getClassId(), s.getHeldOn(), s.getTakenByAccountId(),
        counts.getOrDefault(MarkStatus.PRESENT, 0L), counts.getOrDefault(MarkStatus.LATE, 0L),
        counts.getOrDefault(MarkStatus.ABSENT, 0L));
  }
}
