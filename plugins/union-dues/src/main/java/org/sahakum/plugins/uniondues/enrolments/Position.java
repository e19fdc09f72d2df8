package org.sahakum.plugins.uniondues.enrolments;

/**
 * A member's dues position on one day, computed from the enrolment's terms and running totals
 * only: exact integer arithmetic, no rounding. Waived periods count as covered.
 *
 * @param periodsDue periods begun since the dues started (0 before the first one)
 * @param periodsPaid periods paid for in full by the money on the ledger
 * @param periodsCovered paid and waived periods together
 * @param periodsOwed periods begun and not covered
 * @param periodsAhead covered periods that have not begun yet
 * @param arrearsMinor what is owed now: the owed periods less any part payment towards them
 * @param creditMinor money paid beyond the last whole period (a part payment)
 * @param coveredUntil month index of the first month not covered
 * @param inGoodStanding owed periods within the plan's grace, or exempt today
 */
public record Position(int periodsDue, int periodsPaid, int periodsCovered, int periodsOwed, int periodsAhead,
    long arrearsMinor, long creditMinor, int coveredUntil, boolean inGoodStanding) {

  /**
   * @param startMonth month index of the first period
   * @param periodMonths months in one period
   * @param amountMinor the price of one period (positive)
   * @param paidMinor the sum of the member's ledger (never negative)
   * @param waivedPeriods periods waived by hardship exemptions
   * @param gracePeriods periods that may be owed in good standing
   * @param todayMonth month index of the day asked about
   * @param exemptToday whether a hardship exemption runs on that day
   */
  public static Position of(int startMonth, int periodMonths, long amountMinor, long paidMinor, int waivedPeriods,
      int gracePeriods, int todayMonth, boolean exemptToday) {
    int due = todayMonth < startMonth ? 0 : (todayMonth - startMonth) / periodMonths + 1;
    int paid = Math.toIntExact(paidMinor / amountMinor);
    long credit = paidMinor % amountMinor;
    int covered = paid + waivedPeriods;
    int owed = Math.max(0, due - covered);
    int ahead = Math.max(0, covered - due);
    long arrears = owed == 0 ? 0 : owed * amountMinor - credit;
    return new Position(due, paid, covered, owed, ahead, arrears, credit, coveredUntil(startMonth, periodMonths,
        amountMinor, paidMinor, waivedPeriods), exemptToday || owed <= gracePeriods);
  }

  /** The first month not covered: what the arrears index is kept on. */
  public static int coveredUntil(int startMonth, int periodMonths, long amountMinor, long paidMinor, int waivedPeriods) {
    return startMonth + Math.toIntExact(paidMinor / amountMinor + waivedPeriods) * periodMonths;
  }

  /** Periods starting in the months {@code from}..{@code to} (inclusive) of a schedule. */
  public static int periodsStartingBetween(int startMonth, int periodMonths, int from, int to) {
    if (to < startMonth || to < from) {
      return 0;
    }
    int first = from <= startMonth ? 0 : Math.floorDiv(from - startMonth + periodMonths - 1, periodMonths);
    int last = Math.floorDiv(to - startMonth, periodMonths);
    return Math.max(0, last - first + 1);
  }
}
