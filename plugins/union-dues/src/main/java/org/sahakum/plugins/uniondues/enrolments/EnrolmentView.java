package org.sahakum.plugins.uniondues.enrolments;

import java.time.LocalDate;
import org.sahakum.api.MemberRef;
import org.sahakum.plugins.uniondues.Months;

/** An enrolment as the API answers it: who, which plan, since when, and the running totals. */
public record EnrolmentView(long id, Long memberId, String memberCode, String workingName, long planId,
    LocalDate startsOn, String currency, long amountMinor, int periodMonths, long paidMinor, int waivedPeriods,
    String coveredUntil) {

  public static EnrolmentView of(DuesEnrolment e, MemberRef member) {
    return new EnrolmentView(e.getId(), e.getMemberId(), member == null ? null : member.memberCode(),
        member == null ? null : member.workingName(), e.getPlanId(), e.getStartsOn(), e.getCurrency(),
        e.getAmountMinor(), e.getPeriodMonths(), e.getPaidMinor(), e.getWaivedPeriods(),
        Months.label(e.getCoveredUntil()));
  }
}
