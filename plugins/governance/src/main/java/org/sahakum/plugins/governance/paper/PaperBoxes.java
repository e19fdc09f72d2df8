package org.sahakum.plugins.governance.paper;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.governance.ballots.Ballots;
import org.sahakum.plugins.governance.ballots.TallyCell;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.elections.Elections;

/**
 * Paper boxes of an open vote. Entering marks the box's voters as voted at once (a member already
 * marked is refused, online or on another box), so nobody votes twice across paper and phone.
 * Confirming needs another official, who reads the same counts: only then do they join the tally.
 */
public final class PaperBoxes {
  private PaperBoxes() {}

  public static PaperBox enter(ModuleContext ctx, Election e, PaperCounts.Entry body) {
    requireOpen(ctx, e);
    Map<Long, Integer> counts = checked(ctx, e, body.counts(), body.memberCodes().size());
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    PaperBox box = new PaperBox(e.getId(), body.memberCodes().size(), ctx.caller().accountId(), now);
    EntityManager em = ctx.entityManager();
    em.persist(box);
    em.flush();
    Set<String> seen = new HashSet<>();
    for (String code : body.memberCodes()) {
      Optional<MemberRef> m = ctx.members().byCode(code.strip());
      if (m.isEmpty() || !seen.add(code.strip())) {
        throw Refusal.unprocessable("memberCodes", "unknown-member",
            "memberCodes: a code is not a member here, or is named twice.");
      }
      int marked = em.createQuery("UPDATE Voter v SET v.voted = TRUE, v.paperBoxId = :b WHERE v.electionId = :e "
              + "AND v.memberId = :m AND v.voted = FALSE")
          .setParameter("b", box.getId()).setParameter("e", e.getId()).setParameter("m", m.get().id()).executeUpdate();
      if (marked != 1) {
        throw Refusal.conflict("already-voted-or-not-on-roll",
            "A member of this box has already voted, or is not on the roll: nothing was entered.");
      }
    }
    counts.forEach((choice, votes) -> em.persist(new PaperCount(box.getId(), choice, votes)));
    ctx.audit().record("paper.entered", "paper-box", String.valueOf(box.getId()));
    return box;
  }

  public static PaperBox confirm(ModuleContext ctx, Election e, long boxId, PaperCounts body) {
    requireOpen(ctx, e);
    PaperBox box = find(ctx, e, boxId);
    if (box.isConfirmed()) {
      throw Refusal.conflict("already-confirmed", "This box is already confirmed.");
    }
    if (box.getEnteredBy() == ctx.caller().accountId()) {
      throw Refusal.conflict("same-official", "Another official must confirm the counts you entered.");
    }
    Map<Long, Integer> again = checked(ctx, e, body.counts(), box.getBallots());
    Map<Long, Integer> entered = new TreeMap<>();
    for (PaperCount c : ctx.entityManager().createQuery("SELECT c FROM PaperCount c WHERE c.boxId = :b",
        PaperCount.class).setParameter("b", boxId).getResultList()) {
      entered.put(c.getChoiceId(), c.getVotes());
    }
    if (!entered.equals(again)) {
      throw Refusal.conflict("counts-differ", "The counts differ from those entered: count the box again.");
    }
    box.confirm(ctx.caller().accountId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    entered.put(TallyCell.BALLOTS, box.getBallots());
    Ballots.add(ctx, e.getId(), entered);
    ctx.audit().record("paper.confirmed", "paper-box", String.valueOf(boxId));
    return box;
  }

  /** Removes a box entered by mistake, before confirmation; its voters may vote again. */
  public static void remove(ModuleContext ctx, Election e, long boxId) {
    requireOpen(ctx, e);
    PaperBox box = find(ctx, e, boxId);
    if (box.isConfirmed()) {
      throw Refusal.conflict("already-confirmed", "A confirmed box is counted and stays.");
    }
    EntityManager em = ctx.entityManager();
    em.createQuery("UPDATE Voter v SET v.voted = FALSE, v.paperBoxId = NULL WHERE v.electionId = :e "
        + "AND v.paperBoxId = :b").setParameter("e", e.getId()).setParameter("b", boxId).executeUpdate();
    em.createQuery("DELETE FROM PaperCount c WHERE c.boxId = :b").setParameter("b", boxId).executeUpdate();
    em.remove(box);
    ctx.audit().record("paper.removed", "paper-box", String.valueOf(boxId));
  }

  public static List<PaperBoxView> list(ModuleContext ctx, Election e) {
    return ctx.entityManager().createQuery("SELECT b FROM PaperBox b WHERE b.electionId = :e ORDER BY b.id",
        PaperBox.class).setParameter("e", e.getId()).getResultList().stream().map(PaperBoxView::of).toList();
  }

  private static PaperBox find(ModuleContext ctx, Election e, long boxId) {
    PaperBox box = ctx.entityManager().find(PaperBox.class, boxId);
    if (box == null || box.getElectionId() != e.getId()) {
      throw new NotFoundException("No such paper box.");
    }
    return box;
  }

  private static void requireOpen(ModuleContext ctx, Election e) {
    if (!e.isOpenAt(ctx.clock().instant())) {
      throw Refusal.conflict("not-open", "Paper ballots are entered while the vote is open.");
    }
  }

  /** Every choice of the ballot once, no other; no choice above the box's ballots, the sum within what ballots allow. */
  private static Map<Long, Integer> checked(ModuleContext ctx, Election e, List<PaperCounts.Line> lines, int ballots) {
    Map<Long, Integer> counts = new TreeMap<>();
    for (PaperCounts.Line l : lines) {
      if (counts.put(l.choiceId(), l.votes()) != null) {
        throw Refusal.invalid("counts", "unknown-choice", "counts: each choice of the ballot once.");
      }
    }
    List<Long> onBallot = new ArrayList<>(Elections.choices(ctx, e.getId(), true).stream().map(Choice::getId).toList());
    if (!counts.keySet().equals(new HashSet<>(onBallot))) {
      throw Refusal.invalid("counts", "unknown-choice", "counts: give every choice of the ballot, once, and no other.");
    }
    long sum = counts.values().stream().mapToLong(Integer::longValue).sum();
    long most = (long) ballots * (e.isMotion() ? 1 : e.getSeats());
    if (counts.values().stream().anyMatch(v -> v > ballots) || sum > most || (e.isMotion() && sum != ballots)) {
      throw Refusal.invalid("counts", "counts-exceed-ballots",
          "counts: more votes than the box's ballots allow (a motion's answers add up to its ballots).");
    }
    return counts;
  }
}
