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
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/**
 * {@code reversals}: corrections, each undoing one payment, with the reason. At a chapter, those of
 * the chapter's payments only (the core's {@link org.sahakum.api.ChapterMandates}).
 */
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
    ChapterMandate mandate = Access.actingFor(ctx, UnionDuesPermissions.REPORT_READ,
        UnionDuesPermissions.PAYMENT_REVERSE);
    ModuleContext org = mandate.organisation();
    List<LedgerEntry> rows = Access.limitTo(org.entityManager().createQuery("SELECT e FROM LedgerEntry e "
            + "WHERE e.kind = :k AND " + Access.IN_MANDATE + " ORDER BY e.id DESC", LedgerEntry.class), mandate)
        .setParameter("k", EntryKind.REVERSAL).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = Access.limitTo(org.entityManager().createQuery("SELECT COUNT(e) FROM LedgerEntry e "
            + "WHERE e.kind = :k AND " + Access.IN_MANDATE, Long.class), mandate)
        .setParameter("k", EntryKind.REVERSAL).getSingleResult();
    Map<Long, MemberRef> members = DuesMembers.byIds(org, rows.stream().map(e -> e.getEnrolment().getMemberId()).toList());
    org.audit().recordRead("reversals.read", "payment", null);
    return Page.of(rows.stream().map(e -> EntryView.of(e, members.get(e.getEnrolment().getMemberId()))).toList(), total);
  }

  @POST
  public Response reverse(@Valid @NotNull NewReversal body) {
    ChapterMandate mandate = Access.actingFor(ctx, UnionDuesPermissions.PAYMENT_REVERSE);
    ModuleContext org = mandate.organisation();
    LedgerEntry payment = org.entityManager().find(LedgerEntry.class, body.paymentId());
    if (payment != null && !Access.covers(mandate, payment.getChapterId())) {
      throw Ledger.unknownPayment();
    }
    LedgerEntry reversal = new Ledger(org).reverse(body);
    org.audit().record("payment.reversed", "payment", String.valueOf(body.paymentId()));
    Long memberId = reversal.getEnrolment().getMemberId();
    MemberRef member = memberId == null ? null : DuesMembers.byIds(org, List.of(memberId)).get(memberId);
    return Response.status(Response.Status.CREATED).entity(EntryView.of(reversal, member)).build();
  }
}
