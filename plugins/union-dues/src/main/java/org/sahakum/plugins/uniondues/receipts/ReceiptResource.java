package org.sahakum.plugins.uniondues.receipts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.ledger.LedgerEntry;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/** {@code receipts}: payments by receipt number, as data and as a printable page in km or en. */
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {
  private final ModuleContext request;
  private ChapterMandate mandate;
  private ModuleContext ctx;

  public ReceiptResource(ModuleContext ctx) {
    this.request = ctx;
  }

  /** Receipts, highest number first, a page at a time ({@link Page}). Audited. */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader();
    List<LedgerEntry> rows = Access.limitTo(ctx.entityManager().createQuery("SELECT e FROM LedgerEntry e "
        + "WHERE e.receiptNumber IS NOT NULL AND " + Access.IN_MANDATE + " ORDER BY e.receiptNumber DESC",
        LedgerEntry.class), mandate).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = Access.limitTo(ctx.entityManager().createQuery("SELECT COUNT(e) FROM LedgerEntry e "
        + "WHERE e.receiptNumber IS NOT NULL AND " + Access.IN_MANDATE, Long.class), mandate).getSingleResult();
    ctx.audit().recordRead("receipts.read", "receipt", null);
    return Page.of(views(rows), total);
  }

  @GET
  @Path("{number}")
  public ReceiptView get(@PathParam("number") long number) {
    requireReader();
    ReceiptView r = one(number);
    ctx.audit().recordRead("receipt.read", "receipt", String.valueOf(number));
    return r;
  }

  /** The receipt as a page to print; {@code lang} is {@code km} (default) or {@code en}. Audited. */
  @GET
  @Path("{number}/print")
  @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  public Response print(@PathParam("number") long number,
      @QueryParam("lang") @DefaultValue("km") @Pattern(regexp = "km|en", message = "must be km or en") String lang) {
    requireReader();
    LedgerEntry payment = payment(number);
    // a printed slip names the member: not while their chapter is locked down
    ctx.lockdown().requireMemberOpen(payment.getEnrolment().getMemberId());
    ReceiptView r = one(payment);
    ctx.audit().recordRead("receipt.printed", "receipt", String.valueOf(number));
    return Response.ok(ReceiptPage.html(r, lang), MediaType.TEXT_HTML + "; charset=UTF-8")
        .header("Cache-Control", "no-store").build();
  }

  private ReceiptView one(long number) {
    return one(payment(number));
  }

  private ReceiptView one(LedgerEntry payment) {
    List<ReceiptView> views = views(List.of(payment));
    if (views.isEmpty()) {
      throw new NotFoundException("No such receipt.");
    }
    return views.get(0);
  }

  private LedgerEntry payment(long number) {
    return ctx.entityManager().createQuery("SELECT e FROM LedgerEntry e WHERE e.receiptNumber = :n", LedgerEntry.class)
        .setParameter("n", number).getResultStream().filter(e -> Access.covers(mandate, e.getChapterId())).findFirst()
        .orElseThrow(() -> new NotFoundException("No such receipt."));
  }

  /** Receipts of members still in the register; an erased member's receipt is not shown. */
  private List<ReceiptView> views(List<LedgerEntry> payments) {
    Map<Long, MemberRef> members = DuesMembers.byIds(ctx, payments.stream().map(e -> e.getEnrolment().getMemberId()).toList());
    Set<Long> reversed = payments.isEmpty() ? Set.of() : new HashSet<>(ctx.entityManager().createQuery(
            "SELECT e.reversesId FROM LedgerEntry e WHERE e.reversesId IN :ids", Long.class)
        .setParameter("ids", payments.stream().map(LedgerEntry::getId).toList()).getResultList());
    return payments.stream().filter(e -> members.containsKey(e.getEnrolment().getMemberId())).map(e -> {
      MemberRef m = members.get(e.getEnrolment().getMemberId());
      return new ReceiptView(e.getReceiptNumber(), ctx.tenant().slug(), m.memberCode(), m.workingName(),
          e.getAmountMinor(), e.getCurrency(), e.getPaidOn(), e.getMethod().name(), Months.label(e.getCoveredUntilAfter()),
          e.getCollectorAccountId(), e.getRecordedAt(), reversed.contains(e.getId()));
    }).toList();
  }

  /** Receipts are read by those who report on payments and those who record them; at a chapter, its own. */
  private void requireReader() {
    mandate = Access.actingFor(request, UnionDuesPermissions.REPORT_READ, UnionDuesPermissions.PAYMENT_RECORD);
    ctx = mandate.organisation();
  }
}
