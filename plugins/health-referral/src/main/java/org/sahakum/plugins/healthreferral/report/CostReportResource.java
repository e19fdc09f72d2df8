package org.sahakum.plugins.healthreferral.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SuppressedTable;
import org.sahakum.plugins.healthreferral.HealthPermissions;
import org.sahakum.plugins.healthreferral.facilities.Facility;
import org.sahakum.plugins.healthreferral.indicators.Bands;
import org.sahakum.plugins.healthreferral.referrals.HealthReferral;
import org.sahakum.plugins.healthreferral.referrals.ReferralWorkflow;
import org.sahakum.plugins.healthreferral.referrals.Referrals;

/** {@code reports}: what health referral publishes for the health-cost campaign, with small counts suppressed. */
@Produces(MediaType.APPLICATION_JSON)
public class CostReportResource {
  /** Counts under this are suppressed. */
  public static final int THRESHOLD = 5;
  static final String DIMENSIONS = "category|month|facility-kind|exemption|out-of-pocket|attendance";
  private static final String MESSAGE = "must be category, month, facility-kind, exemption, out-of-pocket or attendance";
  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

  private final ModuleContext ctx;

  public CostReportResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Referrals made from month {@code from} to month {@code to} (at most five years), by {@code rows}
   * and {@code columns}. By category, the sealed categories are opened to be counted: 423 while a
   * chapter is locked down. Audited as a read.
   */
  @GET
  @Path("costs")
  public HealthReport costs(
      @QueryParam("rows") @DefaultValue("category") @Pattern(regexp = DIMENSIONS, message = MESSAGE) String rowsBy,
      @QueryParam("columns") @DefaultValue("exemption") @Pattern(regexp = DIMENSIONS, message = MESSAGE) String columnsBy,
      @QueryParam("from") @NotNull @Pattern(regexp = MONTH, message = "must be a month, e.g. 2025-01") String from,
      @QueryParam("to") @NotNull @Pattern(regexp = MONTH, message = "must be a month, e.g. 2025-12") String to) {
    ctx.caller().require(HealthPermissions.REPORT_READ);
    if (rowsBy.equals(columnsBy)) {
      throw new BadRequestException("rows and columns: choose two different dimensions.");
    }
    YearMonth first = YearMonth.parse(from);
    YearMonth last = YearMonth.parse(to);
    if (last.isBefore(first) || first.plusYears(5).isBefore(last)) {
      throw new BadRequestException("to: must be from the month of from up to five years after it.");
    }
    boolean byCategory = rowsBy.equals("category") || columnsBy.equals("category");
    if (byCategory) {
      ctx.lockdown().requireAllOpen();
    }
    List<HealthReferral> made = ctx.entityManager().createQuery("SELECT r FROM HealthReferral r "
            + "WHERE r.referredOn >= :from AND r.referredOn <= :to", HealthReferral.class)
        .setParameter("from", first.atDay(1)).setParameter("to", last.atEndOfMonth()).getResultList();
    Map<Long, Facility> facilities = new Referrals(ctx).facilities(made);
    Map<String, Map<String, Long>> grid = new TreeMap<>();
    TreeSet<String> columnValues = new TreeSet<>();
    for (HealthReferral r : made) {
      String category = byCategory ? Referrals.categoryForCount(ctx, r) : null;
      String row = value(rowsBy, r, category, facilities.get(r.getFacilityId()));
      String column = value(columnsBy, r, category, facilities.get(r.getFacilityId()));
      if (row == null || column == null) {
        continue; // not yet known (no cost recorded, no visit yet) or erased
      }
      columnValues.add(column);
      grid.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, 1L, Long::sum);
    }
    HealthReport report = table(rowsBy, columnsBy, from, to, grid, new ArrayList<>(columnValues));
    ctx.audit().recordRead("report.costs.read", "report", null);
    return report;
  }

  private static HealthReport table(String rowsBy, String columnsBy, String from, String to,
      Map<String, Map<String, Long>> grid, List<String> columns) {
    List<String> rowValues = new ArrayList<>(grid.keySet());
    long[][] counts = new long[rowValues.size()][columns.size()];
    for (int i = 0; i < rowValues.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        counts[i][j] = grid.get(rowValues.get(i)).getOrDefault(columns.get(j), 0L);
      }
    }
    SuppressedTable safe = SuppressedTable.of(counts, THRESHOLD);
    List<HealthReport.Row> rows = new ArrayList<>();
    for (int i = 0; i < rowValues.size(); i++) {
      List<Long> cells = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        cells.add(safe.cell(i, j));
      }
      rows.add(new HealthReport.Row(rowValues.get(i), cells, safe.rowTotal(i)));
    }
    List<Long> columnTotals = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      columnTotals.add(safe.columnTotal(j));
    }
    return new HealthReport(rowsBy, columnsBy, from, to, THRESHOLD, rows, columns, columnTotals, safe.total());
  }

  private static String value(String dimension, HealthReferral r, String category, Facility f) {
    return switch (dimension) {
      case "category" -> category;
      case "month" -> YearMonth.from(r.getReferredOn()).toString();
      case "facility-kind" -> f == null ? null : f.getKind();
      case "exemption" -> r.getExemption();
      case "out-of-pocket" -> r.getOutOfPocketRiel() == null ? null : Bands.of(r.getOutOfPocketRiel());
      default -> ReferralWorkflow.attended(r) ? "attended" : r.getNotAttendedReason() != null ? "not-attended" : null;
    };
  }
}
