package org.sahakum.plugins.uniondues.enrolments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;

/** The queries on enrolments and exemptions; the EntityManager is already the tenant's. */
public final class Enrolments {
  private final EntityManager em;

  public Enrolments(EntityManager em) {
    this.em = em;
  }

  /** The member's enrolment, locked until the transaction ends when {@code lock}. */
  public Optional<DuesEnrolment> ofMember(long memberId, boolean lock) {
    var q = em.createQuery("SELECT e FROM DuesEnrolment e WHERE e.memberId = :m", DuesEnrolment.class)
        .setParameter("m", memberId);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultList().stream().findFirst();
  }

  /** The enrolment with this id, locked until the transaction ends. */
  public Optional<DuesEnrolment> lock(long id) {
    return Optional.ofNullable(em.find(DuesEnrolment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Whether a hardship exemption of the enrolment runs on {@code day}. */
  public boolean exemptOn(long enrolmentId, LocalDate day) {
    return em.createQuery("SELECT COUNT(x) FROM DuesExemption x WHERE x.enrolmentId = :e AND x.startsOn <= :d "
            + "AND x.expiresOn >= :d", Long.class)
        .setParameter("e", enrolmentId).setParameter("d", day).getSingleResult() > 0;
  }
}
