package org.sahakum.plugins.uniondues.exemptions;

import java.time.LocalDate;

/** An exemption as the API answers it. */
public record ExemptionView(long id, String memberCode, String reason, LocalDate startsOn, LocalDate expiresOn,
    int waivedPeriods) {

  static ExemptionView of(DuesExemption x, String memberCode) {
    return new ExemptionView(x.getId(), memberCode, x.getReason(), x.getStartsOn(), x.getExpiresOn(),
        x.getWaivedPeriods());
  }
}
