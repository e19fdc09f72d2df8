package org.sahakum.plugins.legalaid.violations;

import java.time.LocalDate;
import java.util.List;

/** A violation event as the API answers it. */
public record ViolationView(long id, LocalDate occurredOn, String place, boolean advocacyConsent,
    List<ActView> acts) {

  /** An act and its victims: the member codes of member victims, and how many others. */
  public record ActView(long id, String actType, String perpetratorType, List<String> memberCodes,
      int otherVictims) {}
}
