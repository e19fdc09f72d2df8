package org.sahakum.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Suppression of small counts in the advocacy report: examples, and properties checked on 500
 * random tables (seeded, so a failure repeats).
 */
class SuppressedTableTest {
  private static final int THRESHOLD = 5;

  @Test
  void a_small_count_and_the_count_that_would_reveal_it_are_both_hidden() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{3, 10, 12}, {8, 9, 20}}, THRESHOLD);
    assertNull(t.cell(0, 0), "3 < 5");
    assertNull(t.cell(1, 0), "column 0 would give 3 = total - 8");
    assertNull(t.cell(0, 1), "row 0 would give 3 = 25 - 10 - 12: the smallest other count goes");
    assertNull(t.cell(1, 1), "and then column 1 needs a second hidden count");
    assertEquals(12L, t.cell(0, 2));
    assertEquals(25L, t.rowTotal(0));
    assertEquals(62L, t.total());
  }

  @Test
  void a_small_total_is_hidden_with_its_line() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{2}, {40}}, THRESHOLD);
    assertNull(t.cell(0, 0));
    assertNull(t.rowTotal(0), "the row's total is the cell");
    assertNull(t.cell(1, 0), "the column total minus 40 would give 2");
  }

  @Test
  void zeros_and_large_counts_are_shown() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{0, 7}, {5, 0}}, THRESHOLD);
    assertEquals(0L, t.cell(0, 0));
    assertEquals(7L, t.cell(0, 1));
    assertEquals(12L, t.total());
  }

  @RepeatedTest(500)
  void no_hidden_count_can_be_worked_out_from_its_row_or_column(RepetitionInfo run) {
    Random random = new Random(run.getCurrentRepetition());
    int rows = 1 + random.nextInt(6);
    int columns = 1 + random.nextInt(6);
    long[][] counts = new long[rows][columns];
    for (long[] row : counts) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
      }
    }
    SuppressedTable t = SuppressedTable.of(counts, THRESHOLD);
    for (int r = 0; r <= rows; r++) {
      List<Long> line = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        line.add(r < rows ? t.cell(r, c) : t.columnTotal(c));
      }
      line.add(r < rows ? t.rowTotal(r) : t.total());
      assertSafe(line, counts, "row " + r);
    }
    for (int c = 0; c <= columns; c++) {
      List<Long> line = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        line.add(c < columns ? t.cell(r, c) : t.rowTotal(r));
      }
      line.add(c < columns ? t.columnTotal(c) : t.total());
      assertSafe(line, counts, "column " + c);
    }
  }

  /** No shown count is small, and a line never hides exactly one entry. */
  private static void assertSafe(List<Long> line, long[][] counts, String where) {
    for (Long shown : line) {
      assertTrue(shown == null || shown == 0 || shown >= THRESHOLD, where + " shows " + shown);
    }
    assertNotEquals(1, line.stream().filter(v -> v == null).count(), where + " " + line + " of " + deep(counts));
  }

  private static String deep(long[][] counts) {
    return java.util.Arrays.deepToString(counts);
  }
}
