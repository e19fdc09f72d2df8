package org.sahakum.plugins.uniondues.plans;

import java.time.LocalDate;

/** A dues plan as the API answers it. */
public record PlanView(long id, String nameKm, String nameEn, String currency, long amountMinor, String period,
    LocalDate startsOn, int gracePeriods) {

  static PlanView of(DuesPlan p) {
    return new PlanView(p.getId(), p.getNameKm(), p.getNameEn(), p.getCurrency(), p.getAmountMinor(),
        p.getPeriod().name(), p.getStartsOn(), p.getGracePeriods());
  }
}
