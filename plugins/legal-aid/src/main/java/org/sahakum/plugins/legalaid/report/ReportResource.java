package org.sahakum.plugins.legalaid.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SuppressedTable;
import org.sahakum.plugins.legalaid.LegalAidPermissions;

/** {@code reports}: what legal aid publishes for advocacy, anonymised and with small counts suppressed. */
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
  /** Counts under this are suppressed. */
  public static final int THRESHOLD = 5;
  static final String DIMENSIONS = "act|perpetrator|place|month";
  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

  private final ModuleContext ctx;

  public ReportResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Victims of acts in consented events from month {@code from} to month {@code to} (both
   * included, at most five years), by {@code rows} and {@code columns}. Audited as a read.
   */
  @GET
  @Path("advocacy")
  public AdvocacyReport advocacy(
      @QueryParam("rows") @DefaultValue("act") @Pattern(regexp = DIMENSIONS,
          message = "must be act, perpetrator, place or month") String rowsBy,
      @QueryParam("columns") @DefaultValue("perpetrator") @Pattern(regexp = DIMENSIONS,
          message = "must be act, perpetrator, place or month") String columnsBy,
      @QueryParam("from") @NotNull @Pattern(regexp = MONTH, message = "must be a month, e.g. 2025-01") String from,
      @QueryParam("to") @NotNull @Pattern(regexp = MONTH, message = "must be a month, e.g. 2025-12") String to) {
    ctx.caller().require(LegalAidPermissions.REPORT_READ);
    if (rowsBy.equals(columnsBy)) {
      throw new BadRequestException("rows and columns: choose two different dimensions.");
    }
    YearMonth first = YearMonth.parse(from);
    YearMonth last = YearMonth.parse(to);
    if (last.isBefore(first) || first.plusYears(5).isBefore(last)) {
      throw new BadRequestException("to: must be from the month of from up to five years after it.");
    }
    List<Object[]> counted = ctx.entityManager().createQuery("SELECT a.actType, a.perpetratorType, e.place, "
            + "e.occurredOn, COUNT(v.id) FROM ViolationVictim v, ViolationAct a, ViolationEvent e "
            + "WHERE v.actId = a.id AND a.eventId = e.id AND e.advocacyConsent = TRUE "
            + "AND e.occurredOn >= :from AND e.occurredOn <= :to "
            + "GROUP BY a.actType, a.perpetratorType, e.place, e.occurredOn", Object[].class)
        .setParameter("from", first.atDay(1)).setParameter("to", last.atEndOfMonth()).getResultList();
    Map<String, Map<String, Long>> grid = new TreeMap<>();
    TreeSet<String> columnValues = new TreeSet<>();
    for (Object[] r : counted) {
      String row = value(rowsBy, r);
      String column = value(columnsBy, r);
      columnValues.add(column);
      grid.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, (Long) r[4], Long::sum);
    }
    List<String> columns = new ArrayList<>(columnValues);
    List<String> rowValues = new ArrayList<>(grid.keySet());
    long[][] counts = new long[rowValues.size()][columns.size()];
    for (int i = 0; i < rowValues.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        counts[i][j] = grid.get(rowValues.get(i)).getOrDefault(columns.get(j), 0L);
      }
    }
    SuppressedTable safe = SuppressedTable.of(counts, THRESHOLD);
    List<AdvocacyReport.Row> rows = new ArrayList<>();
    for (int i = 0; i < rowValues.size(); i++) {
      List<Long> cells = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        cells.add(safe.cell(i, j));
      }
      rows.add(new AdvocacyReport.Row(rowValues.get(i), cells, safe.rowTotal(i)));
    }
    List<Long> columnTotals = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      columnTotals.add(safe.columnTotal(j));
    }
    ctx.audit().recordRead("report.advocacy.read", "report", null);
    return new AdvocacyReport(rowsBy, columnsBy, from, to, THRESHOLD, rows, columns, columnTotals, safe.total());
  }

  private static String value(String dimension, Object[] r) {
    return switch (dimension) {
      case "act" -> (String) r[0];
      case "perpetrator" -> (String) r[1];
      case "place" -> (String) r[2];
      default -> YearMonth.from((LocalDate) r[3]).toString();
    };
  }
}
