package org.sahakum.plugins.education.children;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.classes.EduClass;
import org.sahakum.plugins.education.enrolments.ClassEnrolment;
import org.sahakum.plugins.education.enrolments.Enrolments;

/**
 * Erasing one child's record and every row about them; a place the child held goes to the first who
 * waits. Support given and school status changes stay as anonymous counts.
 */
public final class ChildRemoval {
  private ChildRemoval() {}

  public static void erase(ModuleContext ctx, Child child) {
    EntityManager em = ctx.entityManager();
    long id = child.getId();
    em.createQuery("DELETE FROM AttendanceMark a WHERE a.childId = :k").setParameter("k", id).executeUpdate();
    em.createQuery("DELETE FROM EventChild e WHERE e.childId = :k").setParameter("k", id).executeUpdate();
    em.createQuery("DELETE FROM SchoolPath p WHERE p.childId = :k").setParameter("k", id).executeUpdate();
    // what was given and the status changes stay as counts, no longer about anyone
    em.createQuery("UPDATE SchoolSupport s SET s.childId = NULL WHERE s.childId = :k").setParameter("k", id)
        .executeUpdate();
    em.createQuery("UPDATE SchoolChange s SET s.childId = NULL WHERE s.childId = :k").setParameter("k", id)
        .executeUpdate();
    Enrolments enrolments = new Enrolments(ctx);
    List<ClassEnrolment> places = em.createQuery("SELECT e FROM ClassEnrolment e WHERE e.childId = :k",
        ClassEnrolment.class).setParameter("k", id).getResultList();
    for (ClassEnrolment e : places) {
      EduClass locked = em.find(EduClass.class, e.getClassId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
      enrolments.withdraw(locked, e);
    }
    em.remove(child);
    em.flush();
  }
}
