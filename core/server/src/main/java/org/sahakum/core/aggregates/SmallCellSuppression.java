package org.sahakum.core.aggregates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of a one-way table shown with its total. A cell under {@link #MIN} is
 * suppressed (primary). Then, while exactly one cell is suppressed (the total minus the others
 * would give it) or the suppressed cells add up to less than {@link #MIN} (their sum would be a
 * small count), the smallest shown cell is suppressed too (complementary). A total under
 * {@link #MIN} suppresses everything.
 */
public final class SmallCellSuppression {
  public static final int MIN = 5;

  private SmallCellSuppression() {}

  /** A cell as published: {@code value} null when suppressed. */
  public record Cell(String label, Long value) {}

  /** A table as published: {@code total} null when suppressed. */
  public record Table(List<Cell> cells, Long total) {}

  public static Table apply(Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Boolean> hidden = new LinkedHashMap<>();
    counts.forEach((label, n) -> hidden.put(label, total < MIN || n < MIN));
    List<String> shownBySize = new ArrayList<>(counts.keySet());
    shownBySize.sort(Comparator.comparing(counts::get));
    for (String next : shownBySize) {
      long hiddenCount = hidden.values().stream().filter(h -> h).count();
      long hiddenSum = counts.entrySet().stream().filter(e -> hidden.get(e.getKey())).mapToLong(Map.Entry::getValue).sum();
      if (hiddenCount == 0 || hiddenCount >= 2 && hiddenSum >= MIN) {
        break;
      }
      hidden.put(next, true);
    }
    List<Cell> cells = new ArrayList<>();
    counts.forEach((label, n) -> cells.add(new Cell(label, hidden.get(label) ? null : n)));
    return new Table(cells, total < MIN ? null : total);
  }
}
