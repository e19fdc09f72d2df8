package org.sahakum.plugins.education.children;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.classes.EduClass;
import org.sahakum.plugins.education.enrolments.ClassEnrolment;
import org.sahakum.plugins.education.enrolments.Enrolments;

/** Erasing one child's record and every row about them; a place the child held goes to the first who waits. */
public final class ChildRemoval {
  private ChildRemoval() {}

  public static void erase(ModuleContext ctx, Child child) {
    EntityManager em = ctx.entityManager();
    long id = child.getId();
    em.createQuery("DELETE FROM AttendanceMark a WHERE a.childId = :k").setParameter("k", id).executeUpdate();
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
