package org.sahakum.plugins.uniondues.arrears;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;

/**
 * Keeps {@link ArrearsTotal} equal to the enrolments, in the transaction that changes one. Every
 * writer of an enrolment takes its {@link #shareOf share} before the change and hands it to
 * {@link #moved} after: the member leaves the old key's row and joins the new key's.
 *
 * <p>Correct under concurrency without a lock of its own: each row changes by an atomic
 * {@code members = members + d} on the row's latest committed version, rows are updated in id
 * order (so two writers never wait on each other in a cycle), and a key whose row a writer's
 * snapshot does not see yet gets a second row, which the readers add up.
 */
public final class ArrearsTotals {

  /** What decides what a member owes: chapter, the plan's terms, the first month not covered. */
  public record Key(Long chapterId, long planId, String currency, int periodMonths, long amountMinor,
      int coveredUntil) {}

  /** One enrolment's part of the totals: its key and the part of its next period already paid. */
  public record Share(Key key, long partPaidMinor) {}

  private final EntityManager em;

  public ArrearsTotals(EntityManager em) {
    this.em = em;
  }

  /** The enrolment's share now; null once its member was erased (erased members owe nothing). */
  public static Share shareOf(DuesEnrolment e) {
    if (e.getMemberId() == null) {
      return null;
    }
    return new Share(new Key(e.getChapterId(), e.getPlanId(), e.getCurrency(), e.getPeriodMonths(),
        e.getAmountMinor(), e.getCoveredUntil()), e.getPaidMinor() % e.getAmountMinor());
  }

  /** The enrolment changed from {@code before} (null: it was new) to what it is now. */
  public void moved(Share before, DuesEnrolment now) {
    Share after = shareOf(now);
    if (Objects.equals(before, after)) {
      return;
    }
    Map<Key, long[]> deltas = new LinkedHashMap<>();
    if (before != null) {
      add(deltas, before, -1);
    }
    if (after != null) {
      add(deltas, after, 1);
    }
    List<Map.Entry<Long, long[]>> updates = new ArrayList<>();
    deltas.forEach((key, d) -> {
      if (d[0] == 0 && d[1] == 0) {
        return;
      }
      Long row = rowOf(key);
      if (row == null) {
        em.persist(new ArrearsTotal(key, d[0], d[1]));
      } else {
        updates.add(Map.entry(row, d));
      }
    });
    updates.sort(Map.Entry.comparingByKey());
    for (Map.Entry<Long, long[]> u : updates) {
      em.createQuery("UPDATE ArrearsTotal t SET t.members = t.members + :m, t.partPaidMinor = t.partPaidMinor + :p "
              + "WHERE t.id = :id")
          .setParameter("m", u.getValue()[0]).setParameter("p", u.getValue()[1]).setParameter("id", u.getKey())
          .executeUpdate();
    }
    em.flush();
  }

  private static void add(Map<Key, long[]> deltas, Share share, int sign) {
    long[] d = deltas.computeIfAbsent(share.key(), k -> new long[2]);
    d[0] += sign;
    d[1] += sign * share.partPaidMinor();
  }

  private Long rowOf(Key key) {
    String chapter = key.chapterId() == null ? "t.chapterId IS NULL" : "t.chapterId = :c";
    var q = em.createQuery("SELECT t.id FROM ArrearsTotal t WHERE t.planId = :plan AND t.coveredUntil = :cu AND "
            + chapter + " AND t.currency = :cur AND t.periodMonths = :pm AND t.amountMinor = :a ORDER BY t.id",
            Long.class)
        .setParameter("plan", key.planId()).setParameter("cu", key.coveredUntil()).setParameter("cur", key.currency())
        .setParameter("pm", key.periodMonths()).setParameter("a", key.amountMinor());
    if (key.chapterId() != null) {
      q.setParameter("c", key.chapterId());
    }
    // no flush first (it would compare every entity the transaction holds): only moved() adds
    // total rows, and it flushes them before it returns, so the database already has every row
    return q.setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
  }

  /**
   * Totals per chapter and currency for the month {@code thisMonth}: members in arrears, periods
   * and money owed. Reads the few total rows, never the enrolments.
   */
  Map<List<Object>, long[]> byChapter(int thisMonth) {
    List<Object[]> groups = em.createQuery("SELECT t.chapterId, t.currency, t.periodMonths, t.amountMinor, "
            + "t.coveredUntil, SUM(t.members), SUM(t.partPaidMinor) FROM ArrearsTotal t WHERE t.coveredUntil <= :t "
            + "GROUP BY t.chapterId, t.currency, t.periodMonths, t.amountMinor, t.coveredUntil "
            + "HAVING SUM(t.members) <> 0", Object[].class)
        .setParameter("t", thisMonth).getResultList();
    Map<List<Object>, long[]> totals = new LinkedHashMap<>();
    for (Object[] g : groups) {
      int periodMonths = ((Number) g[2]).intValue();
      long amount = ((Number) g[3]).longValue();
      long members = ((Number) g[5]).longValue();
      long owedEach = (thisMonth - ((Number) g[4]).intValue()) / periodMonths + 1;
      List<Object> key = new ArrayList<>();
      key.add(g[0]);
      key.add(g[1]);
      long[] t = totals.computeIfAbsent(key, k -> new long[3]);
      t[0] += members;
      t[1] += owedEach * members;
      t[2] += Math.subtractExact(Math.multiplyExact(Math.multiplyExact(owedEach, members), amount),
          ((Number) g[6]).longValue());
    }
    return totals;
  }
}
