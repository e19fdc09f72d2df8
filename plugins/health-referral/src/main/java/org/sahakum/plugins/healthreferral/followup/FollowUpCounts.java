package org.sahakum.plugins.healthreferral.followup;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sahakum.api.ModuleContext;

/**
 * How many referrals are owed a follow-up, kept by date ({@code health_follow_up_count}) in the
 * transaction that changes a referral's {@code follow_up_due}, so the queue's total is a sum over
 * a few rows per date instead of a count over every referral owed.
 *
 * <p>Why it neither serialises nor deadlocks the writers: a date has about {@value #SLOTS} rows,
 * each inserted by the change that first wrote it, under a key no other change has (the
 * referral's id, doubled, plus one for clearing: a referral's follow-up is set once and cleared
 * once), so an insert never meets a duplicate, and it waits for no one, as nothing takes gap locks
 * on the table. Once a date has its rows, a change updates one of them, chosen by the referral's
 * id, by its full key (a record lock, no gap lock): two referrals of one day wait for each other
 * only when they meet on the same row, and then only for a commit, and a change holds one such
 * row at most, so no two changes wait for each other in a circle. The rows a change looks up are
 * read without locks (its snapshot may be older than its lock on the referral: that only makes it
 * pick another row, or add one); no code deletes a row, so an update always finds the row it
 * picked (an update that found none would lock the gap: a clean-up of dates owing nothing must
 * keep that in mind).
 */
public final class FollowUpCounts {
  private static final String SUM = "SELECT SUM(c.owed) FROM FollowUpCount c WHERE c.due <= :due";

  /**
   * How many referrals are owed on or before the parameter {@code :due}, as a JPQL subquery (null
   * when none), for a statement that lists them in the same go.
   */
  public static final String OWED_BY_DUE = "(" + SUM + ")";

  /** Rows a date gets before changes share them. */
  static final int SLOTS = 8;

  private final ModuleContext ctx;

  public FollowUpCounts(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** Referral {@code referralId}'s follow-up was owed on {@code from} and now on {@code to} (null: none). */
  public void changed(long referralId, LocalDate from, LocalDate to) {
    if (Objects.equals(from, to)) {
      return;
    }
    if (from != null) {
      add(referralId, from, -1);
    }
    if (to != null) {
      add(referralId, to, 1);
    }
  }

  /** How many referrals are owed a follow-up on or before {@code lastDue}. */
  public long owedBy(LocalDate lastDue) {
    Long owed = ctx.entityManager().createQuery(SUM, Long.class).setParameter("due", lastDue).getSingleResult();
    return owed == null ? 0 : owed;
  }

  private void add(long referralId, LocalDate due, int delta) {
    EntityManager em = ctx.entityManager();
    // a referral's follow-up is set once (when it is made) and cleared once: this key is its own
    long own = 2 * referralId + (delta > 0 ? 0 : 1);
    List<Long> slots = em.createQuery("SELECT c.slot FROM FollowUpCount c WHERE c.due = :due ORDER BY c.slot",
        Long.class).setParameter("due", due).getResultList();
    if (slots.isEmpty() || delta > 0 && slots.size() < SLOTS) {
      em.persist(new FollowUpCount(due, own, delta));
      return;
    }
    int updated = em.createQuery("UPDATE FollowUpCount c SET c.owed = c.owed + :delta WHERE c.due = :due "
            + "AND c.slot = :slot")
        .setParameter("delta", delta).setParameter("due", due)
        .setParameter("slot", slots.get(Math.floorMod(referralId, slots.size()))).executeUpdate();
    if (updated == 0) {
      // defensive: nothing deletes these rows today; should one go (a hand edit, a later clean-up of
      // dates owing nothing), this change's own row takes its place
      em.persist(new FollowUpCount(due, own, delta));
    }
  }
}
