package org.sahakum.plugins.legalaid.report;

import java.util.List;

/**
 * The anonymised advocacy report: how many times a victim suffered an act, counted over consented
 * events, by two of act, perpetrator, place and month. A {@code null} count is suppressed.
 *
 * @param rowsBy the dimension of the rows
 * @param columnsBy the dimension of the columns
 * @param threshold counts from 1 to {@code threshold - 1} are never shown
 * @param rows one per row value, in order
 * @param columns the column values, in order
 * @param columnTotals one per column; null where suppressed
 * @param total the grand total; null where suppressed
 */
public record AdvocacyReport(String rowsBy, String columnsBy, String from, String to, int threshold, List<Row> rows,
    List<String> columns, List<Long> columnTotals, Long total) {

  /** One row: its value, its counts by column and its total (nulls where suppressed). */
  public record Row(String value, List<Long> counts, Long total) {}
}
