package org.sahakum.plugins.education.enrolments;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.classes.EduClass;

/**
 * Places in classes and the waiting list. Callers lock the class row first, so two enrolments in
 * one class wait for each other and a class never holds more children than its capacity.
 */
public final class Enrolments {
  private final EntityManager em;

  public Enrolments(ModuleContext ctx) {
    this.em = ctx.entityManager();
  }

  /** Enrols the child, or puts them on the waiting list when the (locked) class is full; 409 if already there. */
  public ClassEnrolment enrol(EduClass lockedClass, long childId, Instant now) {
    if (find(lockedClass.getId(), childId).isPresent()) {
      throw Access.conflict("The child is already in this class or on its waiting list.");
    }
    long enrolled = count(lockedClass.getId(), EnrolmentStatus.ENROLLED);
    ClassEnrolment e = new ClassEnrolment(lockedClass.getId(), childId,
        enrolled < lockedClass.getCapacity() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING, now);
    em.persist(e);
    em.flush();
    return e;
  }

  /** Takes the child out of the (locked) class; a freed place goes to the first on the waiting list. */
  public void withdraw(EduClass lockedClass, ClassEnrolment e) {
    boolean freed = e.getStatus() == EnrolmentStatus.ENROLLED;
    em.remove(e);
    em.flush();
    if (freed) {
      em.createQuery("SELECT e FROM ClassEnrolment e WHERE e.classId = :c AND e.status = :s ORDER BY e.id",
              ClassEnrolment.class)
          .setParameter("c", lockedClass.getId()).setParameter("s", EnrolmentStatus.WAITING).setMaxResults(1)
          .getResultList().forEach(ClassEnrolment::admit);
      em.flush();
    }
  }

  public Optional<ClassEnrolment> find(long classId, long childId) {
    return em.createQuery("SELECT e FROM ClassEnrolment e WHERE e.classId = :c AND e.childId = :k",
            ClassEnrolment.class)
        .setParameter("c", classId).setParameter("k", childId).getResultList().stream().findFirst();
  }

  /** The class's enrolments: those enrolled first, then the waiting list in its order. */
  public List<ClassEnrolment> ofClass(long classId) {
    return em.createQuery("SELECT e FROM ClassEnrolment e WHERE e.classId = :c ORDER BY e.status, e.id",
        ClassEnrolment.class).setParameter("c", classId).setMaxResults(1000).getResultList();
  }

  /** The ids of the children enrolled (not waiting) in the class. */
  public List<Long> enrolledChildren(long classId) {
    return em.createQuery("SELECT e.childId FROM ClassEnrolment e WHERE e.classId = :c AND e.status = :s "
        + "ORDER BY e.id", Long.class).setParameter("c", classId).setParameter("s", EnrolmentStatus.ENROLLED)
        .getResultList();
  }

  /** The waiting-list position of {@code e} (1 = next in), 0 when enrolled. */
  public int position(ClassEnrolment e) {
    if (e.getStatus() == EnrolmentStatus.ENROLLED) {
      return 0;
    }
    return 1 + em.createQuery("SELECT COUNT(e) FROM ClassEnrolment e WHERE e.classId = :c AND e.status = :s "
            + "AND e.id < :id", Long.class)
        .setParameter("c", e.getClassId()).setParameter("s", EnrolmentStatus.WAITING).setParameter("id", e.getId())
        .getSingleResult().intValue();
  }

  public EnrolmentView view(ClassEnrolment e) {
    return new EnrolmentView(e.getId(), e.getClassId(), e.getChildId(), e.getStatus().name(), position(e));
  }

  private long count(long classId, EnrolmentStatus status) {
    return em.createQuery("SELECT COUNT(e) FROM ClassEnrolment e WHERE e.classId = :c AND e.status = :s", Long.class)
        .setParameter("c", classId).setParameter("s", status).getSingleResult();
  }
}
