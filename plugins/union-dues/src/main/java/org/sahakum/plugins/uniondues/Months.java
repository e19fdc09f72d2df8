package org.sahakum.plugins.uniondues;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar months as consecutive integers ({@code year * 12 + month - 1}), so that "how many
 * periods since" is integer arithmetic, in Java and in SQL alike.
 */
public final class Months {
  private Months() {}

  public static int index(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue() - 1;
  }

  public static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  public static YearMonth month(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  /** {@code 2025-03}. */
  public static String label(int index) {
    return month(index).toString();
  }
}
