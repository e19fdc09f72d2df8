package org.sahakum.plugins.uniondues.arrears;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Totals per chapter and currency. The database groups members who owe the same number of
   * periods of the same price; the few groups are then multiplied out here, exactly.
   */
  Map<List<Object>, long[]> byChapter(int thisMonth) {
    List<Object[]> groups = em.createQuery("SELECT e.chapterId, e.currency, e.periodMonths, e.amountMinor, "
            + "e.coveredUntil, COUNT(e), SUM(MOD(e.paidMinor, e.amountMinor)) FROM DuesEnrolment e "
            + "WHERE e.coveredUntil <= :t AND e.memberId IS NOT NULL "
            + "GROUP BY e.chapterId, e.currency, e.periodMonths, e.amountMinor, e.coveredUntil", Object[].class)
        .setParameter("t", thisMonth).getResultList();
    Map<List<Object>, long[]> totals = new LinkedHashMap<>();
    for (Object[] g : groups) {
      int periodMonths = ((Number) g[2]).intValue();
      long amount = ((Number) g[3]).longValue();
      int coveredUntil = ((Number) g[4]).intValue();
      long members = ((Number) g[5]).longValue();
      long partPaid = ((Number) g[6]).longValue();
      long owedEach = (thisMonth - coveredUntil) / periodMonths + 1;
      List<Object> key = new ArrayList<>();
      key.add(g[0]);
      key.add(g[1]);
      long[] t = totals.computeIfAbsent(key, k -> new long[3]);
      t[0] += members;
      t[1] += owedEach * members;
      t[2] += Math.subtractExact(Math.multiplyExact(Math.multiplyExact(owedEach, members), amount), partPaid);
    }
    return totals;
  }
}
