package org.sahakum.plugins.uniondues.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.TenantRef;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.export.Exports;
import org.sahakum.plugins.uniondues.export.Table;
import org.sahakum.plugins.uniondues.ledger.EntryKind;

/** {@code reports/collections}: monthly collection by chapter, and its export. */
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {
  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
  private static final int MAX_MONTHS = 36;

  private final ModuleContext ctx;

  public CollectionsResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Months {@code from}..{@code to} ({@code 2025-01}; default the last 12 months), oldest first: a
   * page of the rows, with how many there are in {@code X-Total-Count}.
   */
  @GET
  public Response monthly(@QueryParam("from") @Pattern(regexp = MONTH, message = "must look like 2025-01") String from,
      @QueryParam("to") @Pattern(regexp = MONTH, message = "must look like 2025-12") String to,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(UnionDuesPermissions.REPORT_READ);
    return Page.slice(rows(from, to), offset, limit);
  }

  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("format") @NotNull @Pattern(regexp = Exports.FORMATS) String format,
      @QueryParam("from") @Pattern(regexp = MONTH, message = "must look like 2025-01") String from,
      @QueryParam("to") @Pattern(regexp = MONTH, message = "must look like 2025-12") String to) {
    ctx.caller().require(UnionDuesPermissions.REPORT_READ);
    Exports.requireOpen(ctx, null);
    List<List<Object>> cells = rows(from, to).stream().map(r -> List.<Object>of(r.month(),
        r.chapter() == null ? "" : r.chapter(), r.currency(), r.payments(), r.collectedMinor(), r.reversedMinor(),
        r.netMinor())).toList();
    Table table = new Table("collections", List.of("month", "chapter", "currency", "payments", "collectedMinor",
        "reversedMinor", "netMinor"), cells);
    return Exports.download(ctx, table, format, "collections.exported");
  }

  private List<CollectionRow> rows(String from, String to) {
    int last = to == null ? Months.index(LocalDate.now(ctx.clock())) : Months.index(YearMonth.parse(to));
    int first = from == null ? last - 11 : Months.index(YearMonth.parse(from));
    if (first > last || last - first >= MAX_MONTHS) {
      throw new BadRequestException("from must be on or before to, at most " + MAX_MONTHS + " months apart.");
    }
    Map<Long, String> slugs = ctx.members().chapters().stream().collect(Collectors.toMap(TenantRef::id, TenantRef::slug));
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, CollectionRow> keys = new TreeMap<>();
    for (Object[] r : ctx.entityManager().createQuery("SELECT e.paidMonth, e.chapterId, e.currency, e.kind, COUNT(e), "
            + "SUM(e.amountMinor) FROM LedgerEntry e WHERE e.paidMonth BETWEEN :f AND :t "
            + "GROUP BY e.paidMonth, e.chapterId, e.currency, e.kind", Object[].class)
        .setParameter("f", first).setParameter("t", last).getResultList()) {
      String chapter = r[1] == null ? null : slugs.get(((Number) r[1]).longValue());
      String month = Months.label(((Number) r[0]).intValue());
      String key = month + "|" + (chapter == null ? "" : chapter) + "|" + r[2];
      keys.putIfAbsent(key, new CollectionRow(month, chapter, (String) r[2], 0, 0, 0, 0));
      long[] t = totals.computeIfAbsent(key, k -> new long[3]);
      long sum = ((Number) r[5]).longValue();
      if (EntryKind.PAYMENT.name().equals(String.valueOf(r[3]))) {
        t[0] += ((Number) r[4]).longValue();
        t[1] += sum;
      } else {
        t[2] -= sum;
      }
    }
    List<CollectionRow> out = new ArrayList<>();
    totals.forEach((k, t) -> {
      CollectionRow key = keys.get(k);
      out.add(new CollectionRow(key.month(), key.chapter(), key.currency(), t[0], t[1], t[2], t[1] - t[2]));
    });
    return out;
  }
}
