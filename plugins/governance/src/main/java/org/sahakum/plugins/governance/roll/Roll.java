package org.sahakum.plugins.governance.roll;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.governance.ballots.TallyCell;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.elections.Elections;

/**
 * Opens a vote: fixes its roll (the active members of its scope in good standing today, asked
 * through the core's {@link GoodStanding} port; without a dues module, every active member) and
 * makes every counter of its tally, so that neither table grows while people vote.
 */
public final class Roll {
  private static final int FLUSH_EVERY = 500;

  private Roll() {}

  public static void open(ModuleContext ctx, Election e) {
    Instant now = ctx.clock().instant();
    if (!Election.DRAFT.equals(e.getStatus())) {
      throw Refusal.conflict("already-open", "This vote is already open.");
    }
    if (now.isBefore(e.getOpensAt())) {
      throw Refusal.conflict("not-yet", "This vote opens at its opening time, not before.");
    }
    if (e.isClosedAt(now)) {
      throw Refusal.conflict("closed", "This vote's closing time has passed.");
    }
    EntityManager em = ctx.entityManager();
    List<Choice> choices = Elections.choices(ctx, e.getId(), false);
    choices.stream().filter(c -> !c.isAccepted()).forEach(em::remove);
    List<Choice> standing = choices.stream().filter(Choice::isAccepted).toList();
    if (standing.isEmpty()) {
      throw Refusal.conflict("no-candidates", "No candidate has accepted a nomination yet.");
    }
    long electionId = e.getId();
    Optional<GoodStanding> port = ctx.goodStanding();
    int eligible = 0;
    int left = 0;
    long after = 0;
    while (true) {
      List<MemberRef> page = ctx.members().activeAfter(after, MemberDirectory.MAX_PAGE);
      for (MemberRef m : page) {
        if (!Elections.inScope(e, m)) {
          continue;
        }
        if (port.isPresent() && !port.get().of(m.id()).map(GoodStanding.Standing::inGoodStanding).orElse(false)) {
          left++;
          continue;
        }
        em.persist(new Voter(electionId, m.id()));
        if (++eligible % FLUSH_EVERY == 0) {
          em.flush();
        }
      }
      if (page.size() < MemberDirectory.MAX_PAGE) {
        break;
      }
      after = page.get(page.size() - 1).id();
    }
    for (int shard = 0; shard < TallyCell.SHARDS; shard++) {
      em.persist(new TallyCell(electionId, TallyCell.BALLOTS, shard));
      for (Choice c : standing) {
        em.persist(new TallyCell(electionId, c.getId(), shard));
      }
    }
    e.open(LocalDate.now(ctx.clock()), port.isPresent(), eligible, left);
    em.flush();
    ctx.audit().record("vote.opened", "vote", String.valueOf(electionId));
  }
}
