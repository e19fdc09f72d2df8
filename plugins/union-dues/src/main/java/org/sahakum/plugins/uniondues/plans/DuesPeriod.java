package org.sahakum.plugins.uniondues.plans;

/** How often dues fall due, as a whole number of calendar months. */
public enum DuesPeriod {
  MONTHLY(1),
  QUARTERLY(3),
  YEARLY(12);

  /** The accepted names, as a regular expression for Bean Validation. */
  public static final String NAMES = "MONTHLY|QUARTERLY|YEARLY";

  private final int months;

  DuesPeriod(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
