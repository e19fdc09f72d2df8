package org.sahakum.plugins.healthreferral.report;

import java.util.List;

/**
 * The health-cost report: referrals made from month {@code from} to month {@code to}, by two
 * dimensions. A {@code null} count is suppressed.
 *
 * @param threshold counts from 1 to {@code threshold - 1} are never shown
 * @param columnTotals one per column; null where suppressed
 * @param total the grand total; null where suppressed
 */
public record HealthReport(String rowsBy, String columnsBy, String from, String to, int threshold, List<Row> rows,
    List<String> columns, List<Long> columnTotals, Long total) {

  /** One row: its value, its counts by column and its total (nulls where suppressed). */
  public record Row(String value, List<Long> counts, Long total) {}
}
