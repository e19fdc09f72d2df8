package org.sahakum.plugins.governance.ballots;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.governance.elections.Election;

/**
 * Casting a ballot, in one transaction: the member's roll row is marked voted (only if it was not:
 * a second ballot is refused, and two at once cannot both pass), then one is added to the ballot
 * counter and to each chosen choice's counter in a shard drawn at random (a choice without a
 * counter is not on the ballot: the whole ballot is refused). Nothing else is written but an audit
 * entry that a ballot was cast, without its choice.
 */
public final class Ballots {
  private static final SecureRandom SHARD = new SecureRandom();

  private Ballots() {}

  public static void cast(ModuleContext ctx, Election e, long memberId, List<Long> chosen) {
    if (!e.isOpenAt(ctx.clock().instant())) {
      throw Refusal.conflict("not-open", "This vote is not open.");
    }
    List<Long> choices = checked(e, chosen);
    int marked = ctx.entityManager().createQuery("UPDATE Voter v SET v.voted = TRUE WHERE v.electionId = :e "
            + "AND v.memberId = :m AND v.voted = FALSE")
        .setParameter("e", e.getId()).setParameter("m", memberId).executeUpdate();
    if (marked != 1) {
      refuseUnmarked(ctx, e, memberId);
    }
    if (!count(ctx, e.getId(), choices)) {
      // the refusal rolls the request's transaction back, the roll's mark with it
      throw unknownChoice();
    }
    ctx.audit().record("ballot.cast", "vote", String.valueOf(e.getId()));
  }

  /**
   * Adds one to the ballot counter and to each of {@code choices}, in one random shard. The vote's
   * counters are made at opening for the choices on its ballot only, so a choice that is not on it
   * finds no counter: then nothing may be kept (false), and the caller refuses the ballot.
   */
  static boolean count(ModuleContext ctx, long electionId, List<Long> choices) {
    List<Long> cells = new ArrayList<>(choices);
    cells.add(TallyCell.BALLOTS);
    int updated = ctx.entityManager().createQuery("UPDATE TallyCell t SET t.votes = t.votes + 1 "
            + "WHERE t.electionId = :e AND t.shard = :s AND t.choiceId IN :c")
        .setParameter("e", electionId).setParameter("s", SHARD.nextInt(TallyCell.SHARDS))
        .setParameter("c", cells).executeUpdate();
    return updated == cells.size();
  }

  /** Adds counts (a confirmed paper box: votes by choice, {@link TallyCell#BALLOTS} its ballots), each in a random shard. */
  public static void add(ModuleContext ctx, long electionId, Map<Long, Integer> counts) {
    for (Map.Entry<Long, Integer> c : counts.entrySet()) {
      int updated = ctx.entityManager().createQuery("UPDATE TallyCell t SET t.votes = t.votes + :n "
              + "WHERE t.electionId = :e AND t.shard = :s AND t.choiceId = :c")
          .setParameter("n", c.getValue().longValue()).setParameter("e", electionId)
          .setParameter("s", SHARD.nextInt(TallyCell.SHARDS)).setParameter("c", c.getKey()).executeUpdate();
      if (updated != 1) {
        throw new IllegalStateException("the tally of vote " + electionId + " lacks a counter");
      }
    }
  }

  /**
   * The chosen choices, checked as far as the vote itself tells: no repeat, at most the seats (a
   * motion: exactly one). Whether each is on this ballot, its counter tells ({@link #count}).
   */
  static List<Long> checked(Election e, List<Long> chosen) {
    Set<Long> distinct = new HashSet<>(chosen);
    if (distinct.size() != chosen.size() || distinct.contains(TallyCell.BALLOTS)) {
      throw unknownChoice();
    }
    if (e.isMotion() && chosen.size() != 1) {
      throw Refusal.invalid("choices", "one-answer", "choices: a motion is answered with exactly one answer.");
    }
    if (chosen.size() > e.getSeats()) {
      throw Refusal.invalid("choices", "too-many-choices", "choices: at most as many candidates as seats.");
    }
    return List.copyOf(chosen);
  }

  private static Refusal unknownChoice() {
    return Refusal.invalid("choices", "unknown-choice", "choices: each choice must be on this ballot, once.");
  }

  private static void refuseUnmarked(ModuleContext ctx, Election e, long memberId) {
    Long onRoll = ctx.entityManager().createQuery("SELECT COUNT(v) FROM Voter v WHERE v.electionId = :e "
            + "AND v.memberId = :m", Long.class)
        .setParameter("e", e.getId()).setParameter("m", memberId).getSingleResult();
    if (onRoll == 0) {
      throw new Refusal(403, "not-on-roll", null, "You are not on this vote's roll.");
    }
    throw Refusal.conflict("already-voted", "You have already voted in this vote.");
  }
}
