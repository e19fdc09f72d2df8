package org.sahakum.plugins.uniondues.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
 * {@code payments}: the ledger, newest first, and recording a payment. At a chapter, staff act for
 * that chapter's members only (the core's {@link org.sahakum.api.ChapterMandates}): their payments
 * take the organisation's next receipt number, and a member of another chapter is refused with 403.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
  /** What an {@code Idempotency-Key} may look like (a UUID fits). */
  static final String KEY = "[A-Za-z0-9_.:-]{8,100}";

  private final ModuleContext ctx;

  public PaymentResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The ledger (payments and reversals), newest first; optionally one member's. At a chapter, the
   * entries kept for that chapter only.
   */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("memberCode") @jakarta.validation.constraints.Size(max = 40) String memberCode) {
    ChapterMandate mandate = reader();
    ModuleContext org = mandate.organisation();
    Long memberId = memberCode == null ? null : DuesMembers.byCode(mandate, memberCode).id();
    String where = " WHERE " + Access.IN_MANDATE + (memberId == null ? "" : " AND e.enrolment.memberId = :m");
    var q = Access.limitTo(org.entityManager().createQuery("SELECT e FROM LedgerEntry e" + where
        + " ORDER BY e.id DESC", LedgerEntry.class), mandate);
    var count = Access.limitTo(org.entityManager().createQuery("SELECT COUNT(e) FROM LedgerEntry e" + where,
        Long.class), mandate);
    if (memberId != null) {
      q.setParameter("m", memberId);
      count.setParameter("m", memberId);
    }
    List<LedgerEntry> rows = q.setFirstResult(offset).setMaxResults(limit).getResultList();
    Map<Long, MemberRef> members = DuesMembers.byIds(org, rows.stream().map(e -> e.getEnrolment().getMemberId()).toList());
    org.audit().recordRead("payments.read", "payment", null);
    return Page.of(rows.stream().map(e -> EntryView.of(e, members.get(e.getEnrolment().getMemberId()))).toList(),
        count.getSingleResult());
  }

  @GET
  @Path("{id}")
  public EntryView get(@PathParam("id") long id) {
    ChapterMandate mandate = reader();
    ModuleContext org = mandate.organisation();
    LedgerEntry e = org.entityManager().find(LedgerEntry.class, id);
    if (e == null || !Access.covers(mandate, e.getChapterId())) {
      throw new NotFoundException("No such payment.");
    }
    Long memberId = e.getEnrolment().getMemberId();
    org.audit().recordRead("payment.read", "payment", String.valueOf(id));
    return EntryView.of(e, memberId == null ? null : DuesMembers.byIds(org, List.of(memberId)).get(memberId));
  }

  /**
   * Records a payment and gives it the organisation's next receipt number. With an
   * {@code Idempotency-Key}, a retry answers the payment already recorded (header
   * {@code Idempotent-Replayed: true}) instead of recording it twice.
   */
  @POST
  public Response record(@Valid @NotNull NewPayment body,
      @HeaderParam("Idempotency-Key") @Pattern(regexp = KEY,
          message = "must be 8 to 100 letters, digits or _ . : -") String idempotencyKey,
      @Context UriInfo uri) {
    ChapterMandate mandate = Access.actingFor(ctx, UnionDuesPermissions.PAYMENT_RECORD);
    // a member of another chapter is refused (403) before anything is looked at or numbered
    DuesMembers.byCode(mandate, body.memberCode());
    Ledger.Recorded recorded = new Ledger(mandate.organisation()).pay(body, idempotencyKey);
    String id = String.valueOf(recorded.entry().getId());
    if (!recorded.replayed()) {
      mandate.organisation().audit().record("payment.recorded", "payment", id);
    }
    Response.ResponseBuilder r = Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(EntryView.of(recorded.entry(), recorded.member()));
    return recorded.replayed() ? r.header("Idempotent-Replayed", "true").build() : r.build();
  }

  /** Payments are read by those who report on them and by those who record them. */
  private ChapterMandate reader() {
    return Access.actingFor(ctx, UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PAYMENT_RECORD);
  }
}
