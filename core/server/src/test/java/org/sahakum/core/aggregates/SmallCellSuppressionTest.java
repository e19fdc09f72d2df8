package org.sahakum.core.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sahakum.core.aggregates.SmallCellSuppression.Cell;
import org.sahakum.core.aggregates.SmallCellSuppression.Table;

/** Small cells never show, and neither the total nor the other cells give one away. */
class SmallCellSuppressionTest {

  @Test
  void one_small_cell_takes_the_next_smallest_with_it() {
    Table t = SmallCellSuppression.apply(table(7, 2, 6, 40));
    assertEquals(Arrays.asList(7L, null, null, 40L), values(t));
    assertEquals(55L, t.total());
  }

  @Test
  void small_cells_that_add_up_to_a_small_count_take_another() {
    assertEquals(Arrays.asList(null, null, null, 30L), values(SmallCellSuppression.apply(table(1, 2, 8, 30))));
  }

  @Test
  void two_small_cells_adding_up_to_five_or_more_stand_alone() {
    assertEquals(Arrays.asList(null, null, 9L, 30L), values(SmallCellSuppression.apply(table(3, 4, 9, 30))));
  }

  @Test
  void zeros_are_small_counts_too_and_a_small_total_hides_everything() {
    assertEquals(Arrays.asList(null, null, 12L), values(SmallCellSuppression.apply(table(0, 6, 12))));
    Table small = SmallCellSuppression.apply(table(1, 3));
    assertEquals(Arrays.asList(null, null), values(small));
    assertNull(small.total());
  }

  @Test
  void nothing_small_nothing_hidden() {
    Table t = SmallCellSuppression.apply(table(5, 6, 100));
    assertEquals(List.of(5L, 6L, 100L), values(t));
    assertEquals(111L, t.total());
  }

  /** Random tables: what stays shown can be published, and what is hidden cannot be worked out. */
  @Test
  void for_any_table_no_small_cell_can_be_read_or_derived() {
    Random random = new Random(20261129L);
    for (int run = 0; run < 20_000; run++) {
      long[] counts = new long[1 + random.nextInt(8)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
      }
      Table t = SmallCellSuppression.apply(table(counts));
      long total = Arrays.stream(counts).sum();
      List<Long> shown = values(t);
      long hidden = shown.stream().filter(v -> v == null).count();
      long hiddenSum = 0;
      for (int i = 0; i < counts.length; i++) {
        if (shown.get(i) == null) {
          hiddenSum += counts[i];
        } else {
          assertTrue(shown.get(i) >= SmallCellSuppression.MIN, Arrays.toString(counts));
          assertEquals(counts[i], shown.get(i));
        }
      }
      if (t.total() == null) {
        assertTrue(total < SmallCellSuppression.MIN);
        assertEquals(counts.length, hidden, Arrays.toString(counts));
      } else {
        assertEquals(total, t.total());
        assertNotEquals(1, hidden, "a lone hidden cell is the total minus the others: " + Arrays.toString(counts));
        assertTrue(hidden == 0 || hiddenSum >= SmallCellSuppression.MIN, "hidden cells add up to a small count: "
            + Arrays.toString(counts));
      }
    }
  }

  private static Map<String, Long> table(long... counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      m.put("c" + i, counts[i]);
    }
    return m;
  }

  private static List<Long> values(Table t) {
    return t.cells().stream().map(Cell::value).toList();
  }
}
