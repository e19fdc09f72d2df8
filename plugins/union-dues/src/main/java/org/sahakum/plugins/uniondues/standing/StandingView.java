package org.sahakum.plugins.uniondues.standing;

import java.time.LocalDate;
import org.sahakum.api.MemberRef;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Position;

/** One member's dues standing as a treasurer sees it. Amounts in minor units of {@code currency}. */
public record StandingView(long memberId, String memberCode, String workingName, String currency,
    long periodAmountMinor, int periodMonths, LocalDate startsOn, int periodsDue, int periodsPaid, int periodsWaived,
    int periodsOwed, int periodsAhead, long paidMinor, long arrearsMinor, long creditMinor, String coveredUntil,
    boolean exemptToday, boolean inGoodStanding) {

  static StandingView of(DuesEnrolment e, MemberRef m, Position p, boolean exemptToday) {
    return new StandingView(m.id(), m.memberCode(), m.workingName(), e.getCurrency(), e.getAmountMinor(),
        e.getPeriodMonths(), e.getStartsOn(), p.periodsDue(), p.periodsPaid(), e.getWaivedPeriods(), p.periodsOwed(),
        p.periodsAhead(), e.getPaidMinor(), p.arrearsMinor(), p.creditMinor(), Months.label(p.coveredUntil()),
        exemptToday, p.inGoodStanding());
  }
}
