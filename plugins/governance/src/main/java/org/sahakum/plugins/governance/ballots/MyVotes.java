package org.sahakum.plugins.governance.ballots;

import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * staff account) gets empty lists. At a chapter, the member also acts, for their own record only,
 * in the votes of the organisation above (the core's {@code MemberAtOrganisation} port): a member
 * logs in at their chapter, and the organisation's votes are kept at the organisation.
 */
public final class MyVotes {
  /** How far back {@code my-results} reaches. */
  private static final int RESULT_DAYS = 365;
  private static final int MAX_BALLOTS = 50;
  private static final int MAX_RESULTS = 20;

  private final ModuleContext ctx;

  public MyVotes(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The caller as a member at one tenant, with the context that acts there. */
  private record Own(ModuleContext ctx, MemberRef me) {}

  /** Where the caller votes: here, and (at a chapter) at the organisation above. */
  private List<Own> places() {
    List<Own> places = new ArrayList<>();
    ctx.members().caller().ifPresent(m -> places.add(new Own(ctx, m)));
    ctx.memberAtOrganisation().ifPresent(o -> places.add(new Own(o.organisation(), o.member())));
    return places;
  }

  public List<MyBallotView> ballots() {
    return gather(this::ballots, Comparator.comparing(MyBallotView::closesAt).thenComparing(MyBallotView::id),
        MAX_BALLOTS);
  }

  private List<MyBallotView> ballots(Own at) {
    Instant now = at.ctx().clock().instant();
    List<Election> open = at.ctx().entityManager().createQuery("SELECT e FROM Election e, Voter v "
            + "WHERE v.electionId = e.id AND v.memberId = :m AND v.voted = FALSE AND e.status = 'open' "
            + "AND e.opensAt <= :now AND e.closesAt > :now ORDER BY e.closesAt, e.id", Election.class)
        .setParameter("m", at.me().id()).setParameter("now", now).setMaxResults(MAX_BALLOTS).getResultList();
    return open.stream().map(e -> new MyBallotView(e.getId(), e.getKind(), e.getTitleKm(), e.getTitleEn(),
        e.getSeats(), e.getClosesAt(), Elections.views(at.ctx(), Elections.choices(at.ctx(), e.getId(), true))))
        .toList();
  }

  public void cast(long electionId, NewBallot ballot) {
    List<Own> places = places();
    if (places.isEmpty()) {
      throw new Refusal(403, "not-a-member", null, "Only a member of this organisation votes here.");
    }
    Own at = holding(places, electionId, Election.class).orElseThrow(() -> new NotFoundException("No such vote."));
    Ballots.cast(at.ctx(), Elections.find(at.ctx(), electionId), at.me().id(), ballot.choices());
  }

  /** The caller's nominations in elections not yet open, accepted or waiting. */
  public List<ChoiceView> nominations() {
    return gather(at -> Elections.views(at.ctx(), at.ctx().entityManager().createQuery("SELECT c FROM Choice c, "
            + "Election e WHERE e.id = c.electionId AND c.memberId = :m AND e.status = 'draft' ORDER BY c.id",
            Choice.class).setParameter("m", at.me().id()).setMaxResults(MAX_BALLOTS).getResultList()),
        Comparator.comparing(ChoiceView::id), MAX_BALLOTS);
  }

  public ChoiceView accept(long choiceId) {
    Own at = holding(places(), choiceId, Choice.class).orElseThrow(() -> new NotFoundException("No such nomination."));
    Choice c = at.ctx().entityManager().find(Choice.class, choiceId);
    if (c.getMemberId() == null || c.getMemberId() != at.me().id()) {
      throw new NotFoundException("No such nomination.");
    }
    if (!Election.DRAFT.equals(Elections.find(at.ctx(), c.getElectionId()).getStatus())) {
      throw Refusal.conflict("already-open", "The vote has opened: nominations are settled.");
    }
    c.accept();
    at.ctx().audit().record("candidate.accepted", "vote", String.valueOf(c.getElectionId()));
    return Elections.views(at.ctx(), List.of(c)).get(0);
  }

  /** Results of the votes of the caller's scope that closed in the last year, the latest first. */
  public List<ResultView> results() {
    record Closed(Own at, Election e) {}
    return gather(at -> closed(at).stream().map(e -> new Closed(at, e)).toList(),
        Comparator.comparing((Closed c) -> c.e().getClosesAt()).thenComparing(c -> c.e().getId()).reversed(),
        MAX_RESULTS).stream().map(c -> Results.of(c.at().ctx(), c.e())).toList();
  }

  private List<Election> closed(Own at) {
    Instant now = at.ctx().clock().instant();
    return at.ctx().entityManager().createQuery("SELECT e FROM Election e WHERE e.status = 'open' "
            + "AND e.closesAt <= :now AND e.closesAt > :since ORDER BY e.closesAt DESC, e.id DESC", Election.class)
        .setParameter("now", now).setParameter("since", now.minus(RESULT_DAYS, ChronoUnit.DAYS))
        .setMaxResults(MAX_RESULTS).getResultList().stream().filter(e -> Elections.inScope(e, at.me())).toList();
  }

  /** The place whose tenant holds the row {@code id} of {@code type} (each context sees only its tenant's rows). */
  private static Optional<Own> holding(List<Own> places, long id, Class<?> type) {
    return places.stream().filter(p -> p.ctx().entityManager().find(type, id) != null).findFirst();
  }

  private <T> List<T> gather(Function<Own, List<T>> each, Comparator<T> order, int most) {
    return places().stream().flatMap(p -> each.apply(p).stream()).sorted(order).limit(most).toList();
  }
}
