package org.sahakum.plugins.legalaid.cases;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.Problems;

/** Looking cases up for one request, and naming their member clients. */
public final class Cases {
  private final ModuleContext ctx;

  public Cases(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The case with this id here, or 404. */
  public LegalCase find(long id) {
    LegalCase c = ctx.entityManager().find(LegalCase.class, id);
    if (c == null) {
      throw Problems.notFound("case");
    }
    return c;
  }

  /**
   * The case with this id here, or 404, cleared for opening its notes and files: 423 while the
   * chapter its member client belongs to (or the request's chapter) is locked down.
   */
  public LegalCase confidential(long id) {
    LegalCase c = find(id);
    if (c.getMemberId() != null) {
      ctx.lockdown().requireMemberOpen(c.getMemberId());
    } else {
      ctx.lockdown().requireOpen(ctx.tenant().id());
    }
    return c;
  }

  /** The case with this id here, locked until the request's transaction ends, or 404. */
  public LegalCase lock(long id) {
    LegalCase c = ctx.entityManager().find(LegalCase.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw Problems.notFound("case");
    }
    return c;
  }

  /** The member client of each case as the register names them; erased members are absent. */
  public Map<Long, MemberRef> members(Collection<LegalCase> cases) {
    List<Long> ids = cases.stream().map(LegalCase::getMemberId).filter(Objects::nonNull).distinct().toList();
    // a HashMap, so that looking up a non-member's null id answers null
    return ids.isEmpty() ? new HashMap<>() : new HashMap<>(ctx.members().byIds(ids));
  }

  /** {@code cases} as the API answers them. */
  public List<CaseView> views(List<LegalCase> cases) {
    Map<Long, MemberRef> members = members(cases);
    return named(ctx, cases.stream().map(c -> CaseView.of(c, members.get(c.getMemberId()))).toList());
  }

  /** The views with their assignees' login names, looked up once for the whole list. */
  static List<CaseView> named(ModuleContext ctx, List<CaseView> views) {
    List<Long> ids = views.stream().map(CaseView::assigneeAccountId).filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return views;
    }
    Map<Long, String> names = ctx.staff().usernames(ids);
    return views.stream().map(v -> v.named(names)).toList();
  }

  /** The member with this code here; 422 when the register holds no such member. */
  public MemberRef member(String memberCode) {
    return ctx.members().byCode(memberCode)
        .orElseThrow(() -> org.sahakum.api.Refusal.unprocessable("memberCode", "unknown-member", "memberCode: no member with this code here."));
  }
}
