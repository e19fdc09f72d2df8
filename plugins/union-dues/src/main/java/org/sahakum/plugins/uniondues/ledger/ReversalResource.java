package org.sahakum.plugins.uniondues.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/** {@code reversals}: corrections, each undoing one payment, with the reason. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReversalResource {
  private final ModuleContext ctx;

  public ReversalResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().requireAny(UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PAYMENT_REVERSE);
    List<LedgerEntry> rows = ctx.entityManager().createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.kind = :k ORDER BY e.id DESC", LedgerEntry.class)
        .setParameter("k", EntryKind.REVERSAL).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = ctx.entityManager().createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE e.kind = :k", Long.class)
        .setParameter("k", EntryKind.REVERSAL).getSingleResult();
    Map<Long, MemberRef> members = DuesMembers.byIds(ctx, rows.stream().map(e -> e.getEnrolment().getMemberId()).toList());
    ctx.audit().recordRead("reversals.read", "payment", null);
    return Page.of(rows.stream().map(e -> EntryView.of(e, members.get(e.getEnrolment().getMemberId()))).toList(), total);
  }

  @POST
  public Response reverse(@Valid @NotNull NewReversal body) {
    ctx.caller().require(UnionDuesPermissions.PAYMENT_REVERSE);
    LedgerEntry reversal = new Ledger(ctx).reverse(body);
    ctx.audit().record("payment.reversed", "payment", String.valueOf(body.paymentId()));
    Long memberId = reversal.getEnrolment().getMemberId();
    MemberRef member = memberId == null ? null : DuesMembers.byIds(ctx, List.of(memberId)).get(memberId);
    return Response.status(Response.Status.CREATED).entity(EntryView.of(reversal, member)).build();
  }
}
