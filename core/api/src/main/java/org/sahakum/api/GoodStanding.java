package org.sahakum.api;

import java.util.Optional;

/**
 * Whether a member is in good standing with their union dues: the port a module that keeps dues
 * offers through {@link SahakumModule#goodStanding(ModuleContext)}, and other modules ask for
 * through {@link ModuleContext#goodStanding()} (for instance to let only members in good standing
 * vote). It answers for the member's organisation, whichever of its nodes asks.
 */
public interface GoodStanding {

  /**
   * The member's standing today; empty when the organisation keeps no dues record for the member
   * (not enrolled, erased, or of another organisation).
   */
  Optional<Standing> of(long memberId);

  /**
   * A member's dues position on one day. Amounts are minor units of {@code currency}.
   *
   * @param inGoodStanding whether the member may act as a member in good standing (e.g. vote)
   * @param periodsDue dues periods that have begun since the member's dues started
   * @param periodsCovered periods paid for in full, or waived by a hardship exemption
   * @param periodsOwed periods begun and not covered
   * @param arrearsMinor what the member owes now
   * @param currency {@code KHR} or {@code USD}
   */
  record Standing(boolean inGoodStanding, int periodsDue, int periodsCovered, int periodsOwed, long arrearsMinor,
      String currency) {}
}
