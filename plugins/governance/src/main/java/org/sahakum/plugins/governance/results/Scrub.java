package org.sahakum.plugins.governance.results;

import java.util.List;
import org.sahakum.api.DailyJob;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.governance.elections.Election;

/**
 * Once a day, each vote closed since the last run has its counters folded into shard 0 and every
 * roll row rewritten. InnoDB stamps each row with the transaction that last changed it; after this
 * no counter or roll row carries a ballot's transaction, so even the database files cannot pair
 * the last voter of a counter with it.
 */
public final class Scrub implements DailyJob {
  private static final int VOTES_PER_RUN = 20;

  @Override
  public String id() {
    return "scrub-closed-votes";
  }

  @Override
  public void run(ModuleContext ctx) {
    var em = ctx.entityManager();
    List<Election> closed = em.createQuery("SELECT e FROM Election e WHERE e.scrubbed = FALSE AND e.status = 'open' "
        + "AND e.closesAt <= :now ORDER BY e.id", Election.class).setParameter("now", ctx.clock().instant())
        .setMaxResults(VOTES_PER_RUN).getResultList();
    for (Election e : closed) {
      scrub(ctx, e);
    }
  }

  /** Folds the counters and rewrites the roll of one closed vote; the sums stay the same. */
  static void scrub(ModuleContext ctx, Election e) {
    var em = ctx.entityManager();
    List<Object[]> sums = em.createQuery("SELECT t.choiceId, SUM(t.votes) FROM TallyCell t WHERE t.electionId = :e "
        + "GROUP BY t.choiceId", Object[].class).setParameter("e", e.getId()).getResultList();
    em.createQuery("UPDATE TallyCell t SET t.votes = 0 WHERE t.electionId = :e AND t.shard <> 0")
        .setParameter("e", e.getId()).executeUpdate();
    for (Object[] s : sums) {
      em.createQuery("UPDATE TallyCell t SET t.votes = :n WHERE t.electionId = :e AND t.shard = 0 AND t.choiceId = :c")
          .setParameter("n", ((Number) s[1]).longValue()).setParameter("e", e.getId())
          .setParameter("c", ((Number) s[0]).longValue()).executeUpdate();
    }
    em.createQuery("UPDATE Voter v SET v.scrubbed = TRUE WHERE v.electionId = :e").setParameter("e", e.getId())
        .executeUpdate();
    e.markScrubbed();
    ctx.audit().record("vote.scrubbed", "vote", String.valueOf(e.getId()));
  }
}
