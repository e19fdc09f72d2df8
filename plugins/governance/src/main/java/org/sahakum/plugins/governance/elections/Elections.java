package org.sahakum.plugins.governance.elections;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.api.TenantRef;

/** Making, finding and showing votes, and nominating candidates; the module's own rules for each. */
public final class Elections {
  private static final List<String> ANSWERS = List.of("yes", "no", "abstain");

  private Elections() {}

  /** The vote with this id here, or 404 whoever owns it elsewhere. */
  public static Election find(ModuleContext ctx, long id) {
    Election e = ctx.entityManager().find(Election.class, id);
    if (e == null) {
      throw new NotFoundException("No such vote.");
    }
    return e;
  }

  /**
   * Makes a draft election or motion (a motion gets its three answers at once) at the request's
   * tenant: at a chapter, for that chapter's members only.
   */
  public static Election create(ModuleContext ctx, NewElection body) {
    Instant now = ctx.clock().instant();
    if (!body.closesAt().isAfter(body.opensAt())) {
      throw Refusal.invalid("closesAt", "closes-before-opening", "closesAt: a vote closes after it opens.");
    }
    if (!body.closesAt().isAfter(now)) {
      throw Refusal.invalid("closesAt", "closes-in-the-past", "closesAt: the closing time has already passed.");
    }
    boolean motion = Election.MOTION.equals(body.kind());
    if (!motion && body.seats() == null) {
      throw Refusal.invalid("seats", "required", "seats: an election says how many seats it fills.");
    }
    TenantRef chapter = "chapter".equals(ctx.tenant().type()) ? ctx.tenant() : null;
    Election e = new Election(body.kind(), body.titleKm().strip(), body.titleEn().strip(), motion ? 1 : body.seats(),
        chapter == null ? null : chapter.id(), chapter == null ? null : chapter.slug(),
        body.opensAt().truncatedTo(ChronoUnit.MICROS), body.closesAt().truncatedTo(ChronoUnit.MICROS),
        now.truncatedTo(ChronoUnit.MICROS));
    EntityManager em = ctx.entityManager();
    em.persist(e);
    em.flush();
    if (motion) {
      for (int i = 0; i < ANSWERS.size(); i++) {
        em.persist(Choice.answer(e.getId(), i + 1, ANSWERS.get(i)));
      }
    }
    ctx.audit().record("vote.created", "vote", String.valueOf(e.getId()));
    return e;
  }

  /** Nominates a member of the vote's scope; they stand once they accept. */
  public static Choice nominate(ModuleContext ctx, Election e, NewCandidate body) {
    if (e.isMotion() || !Election.DRAFT.equals(e.getStatus())) {
      throw Refusal.conflict("not-a-draft-election", "Candidates are nominated for an election before it opens.");
    }
    MemberRef m = ctx.members().byCode(body.memberCode().strip())
        .filter(r -> "active".equals(r.status()))
        .orElseThrow(() -> Refusal.unprocessable("memberCode", "unknown-member",
            "memberCode: no active member with this code here."));
    if (!inScope(e, m)) {
      throw Refusal.unprocessable("memberCode", "outside-scope", "memberCode: the member is not of this vote's chapter.");
    }
    List<Choice> existing = choices(ctx, e.getId(), false);
    if (existing.stream().anyMatch(c -> Objects.equals(c.getMemberId(), m.id()))) {
      throw Refusal.conflict("already-nominated", "This member is already nominated.");
    }
    Choice c = Choice.nomination(e.getId(), existing.size() + 1, m.id(), body.statementKm().strip(),
        body.statementEn().strip());
    ctx.entityManager().persist(c);
    ctx.entityManager().flush();
    ctx.audit().record("candidate.nominated", "vote", String.valueOf(e.getId()));
    return c;
  }

  /** Whether the member belongs to the vote's scope: the organisation, or its one chapter. */
  public static boolean inScope(Election e, MemberRef m) {
    return e.getChapterId() == null || (m.chapter() != null && m.chapter().id() == e.getChapterId());
  }

  /** The vote's choices in ballot order; {@code acceptedOnly}: those on the ballot. */
  public static List<Choice> choices(ModuleContext ctx, long electionId, boolean acceptedOnly) {
    return ctx.entityManager().createQuery("SELECT c FROM Choice c WHERE c.electionId = :e"
            + (acceptedOnly ? " AND c.accepted = TRUE" : "") + " ORDER BY c.position, c.id", Choice.class)
        .setParameter("e", electionId).getResultList();
  }

  /** The choices as people read them, candidates by code and working name. */
  public static List<ChoiceView> views(ModuleContext ctx, List<Choice> choices) {
    List<Long> ids = choices.stream().map(Choice::getMemberId).filter(Objects::nonNull).distinct().toList();
    Map<Long, MemberRef> members = ids.isEmpty() ? Map.of() : new HashMap<>(ctx.members().byIds(ids));
    return choices.stream().map(c -> ChoiceView.of(c, members)).toList();
  }

  public static ElectionView view(ModuleContext ctx, Election e) {
    return ElectionView.of(e, ctx.clock().instant(), views(ctx, choices(ctx, e.getId(), false)));
  }
}
