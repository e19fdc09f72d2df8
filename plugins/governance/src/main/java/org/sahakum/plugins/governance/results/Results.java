package org.sahakum.plugins.governance.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.governance.GovernancePermissions;
import org.sahakum.plugins.governance.ballots.TallyCell;
import org.sahakum.plugins.governance.elections.ChoiceView;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.elections.Elections;

/** A vote's result, which exists for nobody before its closing time. */
public final class Results {
  private Results() {}

  /**
   * The result for the caller: 409 before closing whoever asks; after it, to holders of
   * {@code gov:result:read} or {@code gov:vote:manage} and to members of the vote's scope (403 otherwise).
   */
  public static ResultView read(ModuleContext ctx, Election e) {
    if (!e.isClosedAt(ctx.clock().instant())) {
      throw Refusal.conflict("not-closed", "A vote's result is counted only once it has closed.");
    }
    boolean staff = ctx.caller().isPermitted(GovernancePermissions.RESULT_READ)
        || ctx.caller().isPermitted(GovernancePermissions.VOTE_MANAGE);
    if (!staff && ctx.members().caller().filter(m -> Elections.inScope(e, m)).isEmpty()) {
      ctx.caller().requireAny(GovernancePermissions.RESULT_READ, GovernancePermissions.VOTE_MANAGE);
    }
    ctx.audit().recordRead("result.read", "vote", String.valueOf(e.getId()));
    return of(ctx, e);
  }

  /** The counted result, without checks: for {@link #read} and the indicator. */
  public static ResultView of(ModuleContext ctx, Election e) {
    Map<Long, Long> sums = new HashMap<>();
    for (Object[] r : ctx.entityManager().createQuery("SELECT t.choiceId, SUM(t.votes) FROM TallyCell t "
        + "WHERE t.electionId = :e GROUP BY t.choiceId", Object[].class).setParameter("e", e.getId()).getResultList()) {
      sums.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    long ballots = sums.getOrDefault(TallyCell.BALLOTS, 0L);
    List<ChoiceView> choices = e.getStatus().equals(Election.OPEN)
        ? Elections.views(ctx, Elections.choices(ctx, e.getId(), true)) : List.of();
    List<Long> votes = new ArrayList<>();
    for (ChoiceView c : choices) {
      votes.add(sums.getOrDefault(c.id(), 0L));
    }
    Seats seats = Seats.of(votes, e.isMotion() ? 0 : e.getSeats());
    List<ResultView.Line> lines = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      ChoiceView c = choices.get(i);
      lines.add(new ResultView.Line(c.id(), c.answer(), c.memberCode(), c.workingName(), votes.get(i),
          seats.elected().contains(i)));
    }
    long voted = voted(ctx, e);
    int eligible = e.getEligible();
    return new ResultView(e.getId(), e.getKind(), e.getTitleKm(), e.getTitleEn(), e.getSeats(), e.getChapterSlug(),
        e.isStandingChecked(), eligible, voted, ballots, eligible == 0 ? 0 : (int) (100 * voted / eligible),
        lines, seats.tie(), e.isMotion() ? passed(lines) : null, paperPending(ctx, e));
  }

  /** Members marked voted on the roll (online or on paper), and those since erased. */
  static long voted(ModuleContext ctx, Election e) {
    return ctx.entityManager().createQuery("SELECT COUNT(v) FROM Voter v WHERE v.electionId = :e AND v.voted = TRUE",
        Long.class).setParameter("e", e.getId()).getSingleResult() + e.getErasedVoted();
  }

  private static Boolean passed(List<ResultView.Line> lines) {
    long yes = lines.stream().filter(l -> "yes".equals(l.answer())).mapToLong(ResultView.Line::votes).sum();
    long no = lines.stream().filter(l -> "no".equals(l.answer())).mapToLong(ResultView.Line::votes).sum();
    return yes > no;
  }

  private static int paperPending(ModuleContext ctx, Election e) {
    return ctx.entityManager().createQuery("SELECT COUNT(b) FROM PaperBox b WHERE b.electionId = :e "
        + "AND b.confirmedBy IS NULL", Long.class).setParameter("e", e.getId()).getSingleResult().intValue();
  }
}
