package org.sahakum.plugins.uniondues;

import java.util.Locale;

/**
 * Amounts in whole minor units (sen for riel, cents for dollars), never floating point, and how
 * receipts and exports write them.
 */
public final class Money {

  /** The accepted currencies, as a regular expression for Bean Validation. */
  public static final String CURRENCIES = "KHR|USD";

  /** The largest amount one payment, plan or handover may carry, in minor units. */
  public static final long MAX_AMOUNT_MINOR = 1_000_000_000L;

  /** {@link #MAX_AMOUNT_MINOR} for {@code @DecimalMax}. Amounts are read as decimals so that 1.5 is refused, not cut to 1. */
  public static final String MAX_AMOUNT_TEXT = "1000000000";

  private Money() {}

  /** {@code 1234567} → {@code 12,345.67}; negative amounts keep their sign. */
  public static String format(long minor) {
    long abs = Math.abs(minor);
    return (minor < 0 ? "-" : "") + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
  }
}
