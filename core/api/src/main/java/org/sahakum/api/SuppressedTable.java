package org.sahakum.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts with its row, column and grand totals, made safe to publish: every count from
 * 1 to {@code threshold - 1} is suppressed (primary suppression), and then, wherever a row or a
 * column (its total included) has exactly one suppressed entry, a second entry of that line is
 * suppressed too (complementary suppression), so that no suppressed count is its line's total
 * minus the counts shown. The second entry is the smallest count of the line above zero, so that
 * as little as possible is hidden. Zeros are published: a zero says nothing about a person.
 *
 * <p>For a module's own two-dimensional reports (legal aid's advocacy report, health referral's
 * cost report); the core suppresses published indicators by itself.
 */
public final class SuppressedTable {
  private final int rows;
  private final int columns;
  // (rows + 1) x (columns + 1): the last row holds the column totals, the last column the row totals
  private final long[][] value;
  private final boolean[][] hidden;

  private SuppressedTable(long[][] counts) {
    rows = counts.length;
    columns = rows == 0 ? 0 : counts[0].length;
    value = new long[rows + 1][columns + 1];
    hidden = new boolean[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        value[r][c] = counts[r][c];
        value[r][columns] += counts[r][c];
        value[rows][c] += counts[r][c];
        value[rows][columns] += counts[r][c];
      }
    }
  }

  /** {@code counts[row][column]}, each at least 0, suppressed under {@code threshold}. */
  public static SuppressedTable of(long[][] counts, int threshold) {
    SuppressedTable t = new SuppressedTable(counts);
    for (int r = 0; r <= t.rows; r++) {
      for (int c = 0; c <= t.columns; c++) {
        t.hidden[r][c] = t.value[r][c] > 0 && t.value[r][c] < threshold;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r <= t.rows; r++) {
        changed |= t.protect(line(r, -1, t.columns + 1));
      }
      for (int c = 0; c <= t.columns; c++) {
        changed |= t.protect(line(-1, c, t.rows + 1));
      }
    }
    return t;
  }

  /** The cells of one row ({@code column < 0}) or one column ({@code row < 0}), total last. */
  private static List<int[]> line(int row, int column, int length) {
    List<int[]> cells = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      cells.add(row >= 0 ? new int[] {row, i} : new int[] {i, column});
    }
    return cells;
  }

  /** Suppresses a second entry of a line that has exactly one; whether it did. */
  private boolean protect(List<int[]> line) {
    if (line.size() < 2 || line.stream().filter(p -> hidden[p[0]][p[1]]).count() != 1) {
      return false;
    }
    int[] pick = null;
    for (int[] p : line) {
      if (hidden[p[0]][p[1]]) {
        continue;
      }
      if (pick == null || better(p, pick)) {
        pick = p;
      }
    }
    hidden[pick[0]][pick[1]] = true;
    return true;
  }

  /** Non-zero before zero (hiding a zero protects nothing that is not already known), then smaller. */
  private boolean better(int[] a, int[] b) {
    long va = value[a[0]][a[1]];
    long vb = value[b[0]][b[1]];
    if ((va == 0) != (vb == 0)) {
      return vb == 0;
    }
    return va < vb;
  }

  /** The published count of a cell; null when suppressed. */
  public Long cell(int row, int column) {
    return shown(row, column);
  }

  /** The published total of a row; null when suppressed. */
  public Long rowTotal(int row) {
    return shown(row, columns);
  }

  /** The published total of a column; null when suppressed. */
  public Long columnTotal(int column) {
    return shown(rows, column);
  }

  /** The published grand total; null when suppressed. */
  public Long total() {
    return shown(rows, columns);
  }

  private Long shown(int r, int c) {
    return hidden[r][c] ? null : value[r][c];
  }
}
