package org.sahakum.plugins.governance.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.governance.ballots.Ballots;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.elections.Elections;
import org.sahakum.plugins.governance.elections.NewCandidate;
import org.sahakum.plugins.governance.elections.NewElection;
import org.sahakum.plugins.governance.roll.Roll;

/**
 * A past election of a five-seat Coordinating Committee (title marked "(demo)"): seven of the first
 * demo members stood and accepted, the roll was fixed when it opened 60 days ago, about 6 in 10 of
 * the roll voted online over its week (back-dated with the module clock), and it has closed, so its
 * result shows. Made once: a later start finds it by its title and adds nothing.
 */
public final class GovernanceDemo implements DemoData {
  static final String TITLE_EN = "Coordinating Committee election (demo)";
  private static final int CANDIDATES = 7;
  private static final int SEATS = 5;

  @Override
  public void seed(ModuleContext ctx, DemoRequest request) {
    long made = ctx.entityManager().createQuery("SELECT COUNT(e) FROM Election e WHERE e.titleEn = :t", Long.class)
        .setParameter("t", TITLE_EN).getSingleResult();
    List<MemberRef> standing = request.members(0, CANDIDATES * 3).stream().filter(m -> "active".equals(m.status()))
        .limit(CANDIDATES).toList();
    if (made > 0 || standing.size() < SEATS) {
      return;
    }
    Instant opens = ctx.clock().instant().minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    Instant closes = opens.plus(7, ChronoUnit.DAYS);
    ModuleContext before = request.at(opens.minus(14, ChronoUnit.DAYS));
    Election e = Elections.create(before, new NewElection(Election.ELECTION, "ការបោះឆ្នោតគណៈកម្មាធិការសម្របសម្រួល (សាកល្បង)",
        TITLE_EN, SEATS, opens, closes));
    for (MemberRef m : standing) {
      Elections.nominate(before, e, new NewCandidate(m.memberCode(),
          "ខ្ញុំនឹងតស៊ូមតិដើម្បីសិទ្ធិរបស់សមាជិក (សាកល្បង)", "I will speak up for members' rights (demo)")).accept();
    }
    Roll.open(request.at(opens), e);
    long electionId = e.getId();
    List<Long> choices = Elections.choices(ctx, electionId, true).stream().map(Choice::getId).toList();
    request.commit();
    List<Long> roll = ctx.entityManager().createQuery("SELECT v.memberId FROM Voter v WHERE v.electionId = :e "
        + "ORDER BY v.memberId", Long.class).setParameter("e", electionId).getResultList();
    long window = ChronoUnit.SECONDS.between(opens, closes);
    int cast = 0;
    for (int i = 0; i < roll.size(); i++) {
      SplittableRandom draw = new SplittableRandom(request.seed() * 31 + i);
      if (draw.nextInt(10) >= 6) {
        continue;
      }
      ModuleContext at = request.at(opens.plusSeconds(draw.nextLong(window)));
      Ballots.cast(at, Elections.find(at, electionId), roll.get(i), pick(draw, choices));
      if (++cast % 200 == 0) {
        request.commit();
        request.progress("ballots", cast, roll.size());
      }
    }
  }

  /** The roll counts only members in good standing, which the dues module's demo data decides. */
  @Override
  public boolean readsOtherModules() {
    return true;
  }

  /** Up to five candidates, the first ones more often, so the result has winners and losers. */
  private static List<Long> pick(SplittableRandom draw, List<Long> choices) {
    List<Long> chosen = new ArrayList<>();
    for (int i = 0; i < choices.size() && chosen.size() < SEATS; i++) {
      if (draw.nextInt(choices.size() + 2) > i) {
        chosen.add(choices.get(i));
      }
    }
    return chosen;
  }
}
