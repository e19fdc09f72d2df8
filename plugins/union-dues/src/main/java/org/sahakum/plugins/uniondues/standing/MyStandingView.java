package org.sahakum.plugins.uniondues.standing;

import org.sahakum.api.GoodStanding;
import org.sahakum.api.MemberRef;

/** A member's own standing, as the member sees it. */
public record MyStandingView(String memberCode, boolean inGoodStanding, int periodsDue, int periodsCovered,
    int periodsOwed, long arrearsMinor, String currency) {

  static MyStandingView of(MemberRef m, GoodStanding.Standing s) {
    return new MyStandingView(m.memberCode(), s.inGoodStanding(), s.periodsDue(), s.periodsCovered(), s.periodsOwed(),
        s.arrearsMinor(), s.currency());
  }
}
