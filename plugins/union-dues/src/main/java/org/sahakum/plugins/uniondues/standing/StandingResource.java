package org.sahakum.plugins.uniondues.standing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;

/** A member's standing: any member's for treasurers and collectors, one's own for a member. */
@Produces(MediaType.APPLICATION_JSON)
public class StandingResource {
  private final ModuleContext ctx;

  public StandingResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** {@code standing/{memberId}}: one member's standing, audited. */
  @GET
  @Path("{memberId}")
  public StandingView of(@PathParam("memberId") long memberId) {
    // at a chapter, through the core's mandate: the organisation's ledger, that chapter's members only
    ModuleContext org = Access.actingFor(ctx, UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PAYMENT_RECORD)
        .organisation();
    MemberRef member = org.members().byIds(List.of(memberId)).get(memberId);
    Enrolments enrolments = new Enrolments(org.entityManager());
    DuesEnrolment e = member == null ? null : enrolments.ofMember(memberId, false).orElse(null);
    if (e == null) {
      throw new NotFoundException("No enrolled member with this id here.");
    }
    LocalDate today = LocalDate.now(org.clock());
    boolean exempt = enrolments.exemptOn(e.getId(), today);
    org.audit().recordRead("standing.read", "member", String.valueOf(memberId));
    return StandingView.of(e, member, e.position(today, exempt), exempt);
  }

  /**
   * {@code my-standing}: the caller's own standing, as a list of one (empty when the caller is no
   * enrolled member). Answered at the organisation and at its chapters, where members log in.
   */
  public List<MyStandingView> mine() {
    MemberRef me = ctx.members().caller().orElse(null);
    if (me == null) {
      return List.of();
    }
    return ctx.goodStanding().flatMap(port -> port.of(me.id())).map(s -> List.of(MyStandingView.of(me, s)))
        .orElse(List.of());
  }
}
