package org.sahakum.plugins.legalaid.indicators;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last twelve months up to this one, in the operator's time zone, as cells labelled
 * {@code 2026-11}. Times are bucketed here rather than in JPQL so that a case opened at 23:30 on the
 * last day of a month, Phnom Penh time, counts in that month and not the next.
 */
final class Months {
  static final int COUNT = 12;

  private Months() {}

  /** The first instant of the first of the twelve months. */
  static Instant start(YearMonth now, ZoneId zone) {
    return now.minusMonths(COUNT - 1L).atDay(1).atStartOfDay(zone).toInstant();
  }

  /** Counts of {@code times} by month, every one of the twelve months present, oldest first. */
  static Map<String, Long> count(List<Instant> times, YearMonth now, ZoneId zone) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = COUNT - 1; i >= 0; i--) {
      cells.put(now.minusMonths(i).toString(), 0L);
    }
    for (Instant t : times) {
      cells.computeIfPresent(YearMonth.from(t.atZone(zone)).toString(), (k, v) -> v + 1);
    }
    return cells;
  }
}
