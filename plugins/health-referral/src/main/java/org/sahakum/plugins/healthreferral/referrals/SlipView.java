package org.sahakum.plugins.healthreferral.referrals;

import java.time.LocalDate;

/**
 * The referral slip the person carries: the short code the facility quotes back by phone, where to
 * go and when it was made. Like the dues receipt it names no organisation, no person and no
 * service, so a slip found on someone says nothing about them.
 */
public record SlipView(long id, String slipCode, String facilityNameKm, String facilityNameEn, String place,
    String facilityPhone, String facilityHours, LocalDate referredOn) {

  public static SlipView of(HealthReferral r, org.sahakum.plugins.healthreferral.facilities.Facility f) {
    if (r.getReferredOn() == null) {
      throw org.sahakum.plugins.healthreferral.Problems.conflict(
          "A slip is printed once the referral is made; this one is " + r.getStatus() + ".");
    }
    return new SlipView(r.getId(), r.getSlipCode(), f.getNameKm(), f.getNameEn(), f.getPlace(), f.getPhone(),
        f.getHours(), r.getReferredOn());
  }
}
