package org.sahakum.plugins.legalaid.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts by category, every category of a fixed list present (zero included), in the list's order. */
final class Categories {
  private Categories() {}

  /** {@code values} is a fixed list as a regular expression ({@code a|b|c}); {@code rows} are (category, count). */
  static Map<String, Long> count(String values, List<Object[]> rows) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (String v : values.split("\\|")) {
      cells.put(v, 0L);
    }
    for (Object[] row : rows) {
      cells.computeIfPresent((String) row[0], (k, v) -> ((Number) row[1]).longValue());
    }
    return cells;
  }
}
