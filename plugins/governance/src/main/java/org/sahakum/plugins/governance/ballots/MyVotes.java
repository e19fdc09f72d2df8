package org.sahakum.plugins.governance.ballots;

import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.ChoiceView;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.elections.Elections;
import org.sahakum.plugins.governance.results.ResultView;
import org.sahakum.plugins.governance.results.Results;

/**
 * What a member does with their own votes: the ballots they may cast, casting one, accepting a
 * nomination, and the results of closed votes of their scope. A caller who is no member here (a
 * staff account) gets empty lists.
 */
public final class MyVotes {
  /** How far back {@code my-results} reaches. */
  private static final int RESULT_DAYS = 365;

  private final ModuleContext ctx;

  public MyVotes(ModuleContext ctx) {
    this.ctx = ctx;
  }

  public List<MyBallotView> ballots() {
    Optional<MemberRef> me = member();
    if (me.isEmpty()) {
      return List.of();
    }
    Instant now = ctx.clock().instant();
    List<Election> open = ctx.entityManager().createQuery("SELECT e FROM Election e, Voter v WHERE v.electionId = e.id "
            + "AND v.memberId = :m AND v.voted = FALSE AND e.status = 'open' AND e.opensAt <= :now "
            + "AND e.closesAt > :now ORDER BY e.closesAt, e.id", Election.class)
        .setParameter("m", me.get().id()).setParameter("now", now).setMaxResults(50).getResultList();
    return open.stream().map(e -> new MyBallotView(e.getId(), e.getKind(), e.getTitleKm(), e.getTitleEn(),
        e.getSeats(), e.getClosesAt(), Elections.views(ctx, Elections.choices(ctx, e.getId(), true)))).toList();
  }

  public void cast(long electionId, NewBallot ballot) {
    MemberRef me = member().orElseThrow(() -> new Refusal(403, "not-a-member", null,
        "Only a member of this organisation votes here."));
    Ballots.cast(ctx, Elections.find(ctx, electionId), me.id(), ballot.choices());
  }

  /** The caller's nominations in elections not yet open, accepted or waiting. */
  public List<ChoiceView> nominations() {
    Optional<MemberRef> me = member();
    if (me.isEmpty()) {
      return List.of();
    }
    List<Choice> mine = ctx.entityManager().createQuery("SELECT c FROM Choice c, Election e WHERE e.id = c.electionId "
            + "AND c.memberId = :m AND e.status = 'draft' ORDER BY c.id", Choice.class)
        .setParameter("m", me.get().id()).setMaxResults(50).getResultList();
    return Elections.views(ctx, mine);
  }

  public ChoiceView accept(long choiceId) {
    MemberRef me = member().orElseThrow(() -> new NotFoundException("No such nomination."));
    Choice c = ctx.entityManager().find(Choice.class, choiceId);
    if (c == null || c.getMemberId() == null || c.getMemberId() != me.id()) {
      throw new NotFoundException("No such nomination.");
    }
    if (!Election.DRAFT.equals(Elections.find(ctx, c.getElectionId()).getStatus())) {
      throw Refusal.conflict("already-open", "The vote has opened: nominations are settled.");
    }
    c.accept();
    ctx.audit().record("candidate.accepted", "vote", String.valueOf(c.getElectionId()));
    return Elections.views(ctx, List.of(c)).get(0);
  }

  /** Results of the votes of the caller's scope that closed in the last year, the latest first. */
  public List<ResultView> results() {
    Optional<MemberRef> me = member();
    if (me.isEmpty()) {
      return List.of();
    }
    Instant now = ctx.clock().instant();
    return ctx.entityManager().createQuery("SELECT e FROM Election e WHERE e.status = 'open' AND e.closesAt <= :now "
            + "AND e.closesAt > :since ORDER BY e.closesAt DESC, e.id DESC", Election.class)
        .setParameter("now", now).setParameter("since", now.minus(RESULT_DAYS, ChronoUnit.DAYS)).setMaxResults(20)
        .getResultList().stream().filter(e -> Elections.inScope(e, me.get())).map(e -> Results.of(ctx, e)).toList();
  }

  private Optional<MemberRef> member() {
    return ctx.members().caller();
  }
}
