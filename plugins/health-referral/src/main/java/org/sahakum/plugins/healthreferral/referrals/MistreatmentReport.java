package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT referrals/{id}/mistreatment}: what happened at the facility, kept only
 * when the person consents to its use for advocacy. Without that consent nothing is kept, and what
 * was kept goes.
 */
public record MistreatmentReport(
    @NotNull Boolean advocacyConsent,
    Boolean refusedCare,
    Boolean informalPayment,
    Boolean insultedOrJudged,
    Boolean confidentialityBroken,
    Boolean policeCalled) {

  /** The kinds ticked, as {@link Mistreatment#KINDS} values. */
  List<String> kinds() {
    Boolean[] ticks = {refusedCare, informalPayment, insultedOrJudged, confidentialityBroken, policeCalled};
    String[] names = Mistreatment.KINDS.split("\\|");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ticks.length; i++) {
      if (Boolean.TRUE.equals(ticks[i])) {
        out.add(names[i]);
      }
    }
    return out;
  }
}
