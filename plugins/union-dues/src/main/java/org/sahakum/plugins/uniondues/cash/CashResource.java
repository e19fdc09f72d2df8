package org.sahakum.plugins.uniondues.cash;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.ledger.PaymentMethod;

/** {@code handovers} and {@code reconciliation}: cash collectors hand over, against what they recorded. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CashResource {
  private static final int MAX_DAYS = 93;
  private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  private final ModuleContext ctx;

  public CashResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  @Path("handovers")
  public Response handovers(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(UnionDuesPermissions.REPORT_READ);
    List<HandoverView> page = ctx.entityManager().createQuery("SELECT h FROM CashHandover h ORDER BY h.id DESC",
        CashHandover.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(CashHandover::view)
        .toList();
    return Page.of(page, ctx.entityManager().createQuery("SELECT COUNT(h) FROM CashHandover h", Long.class)
        .getSingleResult());
  }

  /** Records cash the caller received from a collector; nobody receives their own cash. */
  @POST
  @Path("handovers")
  public Response handOver(@Valid @NotNull NewHandover body) {
    ctx.caller().require(UnionDuesPermissions.PAYMENT_RECORD);
    if (body.handedOn().isAfter(LocalDate.now(ctx.clock()))) {
      throw org.sahakum.api.Refusal.invalid("handedOn", "must-be-past", "handedOn must not be in the future.");
    }
    if (body.collectorAccountId() == ctx.caller().accountId()) {
      throw Access.unprocessable("collectorAccountId: the cash must be received and recorded by someone else "
          + "than the collector who hands it over.");
    }
    CashHandover h = new CashHandover(body, ctx.caller().accountId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(h);
    ctx.entityManager().flush();
    ctx.audit().record("handover.recorded", "handover", String.valueOf(h.view().id()));
    return Response.status(Response.Status.CREATED).entity(h.view()).build();
  }

  /**
   * Per collector, day and currency, from {@code from} to {@code to} (at most 93 days; default the
   * last 7): a page of the rows, with how many there are in {@code X-Total-Count}.
   */
  @GET
  @Path("reconciliation")
  public Response reconciliation(
      @QueryParam("from") @Pattern(regexp = DAY, message = "must look like 2025-03-01") String from,
      @QueryParam("to") @Pattern(regexp = DAY, message = "must look like 2025-03-31") String to,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(UnionDuesPermissions.REPORT_READ);
    LocalDate last = to == null ? LocalDate.now(ctx.clock()) : day(to, "to");
    LocalDate first = from == null ? last.minusDays(6) : day(from, "from");
    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw new BadRequestException("from must be on or before to, at most " + MAX_DAYS + " days apart.");
    }
    Map<String, long[]> byKey = new TreeMap<>();
    Map<String, Object[]> keys = new TreeMap<>();
    for (Object[] r : ctx.entityManager().createQuery("SELECT e.collectorAccountId, e.collectedOn, e.currency, "
            + "SUM(e.amountMinor), COUNT(e) FROM LedgerEntry e WHERE e.method = :cash AND e.collectedOn BETWEEN :f AND :t "
            + "GROUP BY e.collectorAccountId, e.collectedOn, e.currency", Object[].class)
        .setParameter("cash", PaymentMethod.CASH).setParameter("f", first).setParameter("t", last).getResultList()) {
      long[] v = slot(byKey, keys, r);
      v[0] += ((Number) r[3]).longValue();
      v[2] += ((Number) r[4]).longValue();
    }
    for (Object[] r : ctx.entityManager().createQuery("SELECT h.collectorAccountId, h.handedOn, h.currency, "
            + "SUM(h.amountMinor) FROM CashHandover h WHERE h.handedOn BETWEEN :f AND :t "
            + "GROUP BY h.collectorAccountId, h.handedOn, h.currency", Object[].class)
        .setParameter("f", first).setParameter("t", last).getResultList()) {
      slot(byKey, keys, r)[1] += ((Number) r[3]).longValue();
    }
    List<ReconciliationRow> out = new ArrayList<>();
    byKey.forEach((k, v) -> {
      Object[] key = keys.get(k);
      out.add(new ReconciliationRow(((Number) key[0]).longValue(), (LocalDate) key[1], (String) key[2], v[2], v[0], v[1],
          v[1] - v[0]));
    });
    return Page.slice(out, offset, limit);
  }

  private static LocalDate day(String text, String name) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(name + " is not a date.");
    }
  }

  private static long[] slot(Map<String, long[]> byKey, Map<String, Object[]> keys, Object[] r) {
    String k = r[1] + "|" + String.format("%019d", ((Number) r[0]).longValue()) + "|" + r[2];
    keys.putIfAbsent(k, r);
    return byKey.computeIfAbsent(k, x -> new long[3]);
  }
}
