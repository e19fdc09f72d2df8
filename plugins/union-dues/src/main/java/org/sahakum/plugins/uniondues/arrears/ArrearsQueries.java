package org.sahakum.plugins.uniondues.arrears;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;

/**
 * Arrears, computed by the database from the enrolments' running totals: a member is in arrears
 * when the first month they have not covered has begun ({@code coveredUntil <= this month}), which
 * the index {@code (tenant_id, [chapter_id,] covered_until, id)} answers without reading the
 * ledger.
 */
final class ArrearsQueries {
  private final EntityManager em;

  ArrearsQueries(EntityManager em) {
    this.em = em;
  }

  /** Members in arrears, longest-owing first. */
  List<DuesEnrolment> page(int thisMonth, Long chapterId, int offset, int limit) {
    String chapter = chapterId == null ? "" : " AND e.chapterId = :c";
    var q = em.createQuery("SELECT e FROM DuesEnrolment e WHERE e.coveredUntil <= :t AND e.memberId IS NOT NULL"
        + chapter + " ORDER BY e.coveredUntil, e.id", DuesEnrolment.class).setParameter("t", thisMonth);
    if (chapterId != null) {
      q.setParameter("c", chapterId);
    }
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * Up to {@code limit} members in arrears after the one at ({@code afterMonth}, {@code afterId})
   * (null: from the first), in {@link #page}'s order: an export walks the index by key, so each page
   * costs the same however far it has come.
   */
  List<DuesEnrolment> pageAfter(int thisMonth, Long chapterId, Integer afterMonth, Long afterId, int limit) {
    String chapter = chapterId == null ? "" : " AND e.chapterId = :c";
    String after = afterId == null ? "" : " AND (e.coveredUntil > :am OR (e.coveredUntil = :am AND e.id > :ai))";
    var q = em.createQuery("SELECT e FROM DuesEnrolment e WHERE e.coveredUntil <= :t AND e.memberId IS NOT NULL"
        + chapter + after + " ORDER BY e.coveredUntil, e.id", DuesEnrolment.class).setParameter("t", thisMonth);
    if (chapterId != null) {
      q.setParameter("c", chapterId);
    }
    if (afterId != null) {
      q.setParameter("am", afterMonth).setParameter("ai", afterId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  /** How many members are in arrears (of a chapter): the whole list {@link #page} pages through. */
  long count(int thisMonth, Long chapterId) {
    String chapter = chapterId == null ? "" : " AND e.chapterId = :c";
    var q = em.createQuery("SELECT COUNT(e) FROM DuesEnrolment e WHERE e.coveredUntil <= :t AND e.memberId IS NOT NULL"
        + chapter, Long.class).setParameter("t", thisMonth);
    if (chapterId != null) {
      q.setParameter("c", chapterId);
    }
    return q.getSingleResult();
  }
}
