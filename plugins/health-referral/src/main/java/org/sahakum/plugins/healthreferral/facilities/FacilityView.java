package org.sahakum.plugins.healthreferral.facilities;

import java.util.Set;

/**
 * A facility as the API answers it. {@code rating} (the mean, to one decimal) and {@code ratings}
 * are null until {@link Facility#RATINGS_SHOWN_FROM} members have rated it.
 */
public record FacilityView(long id, String nameKm, String nameEn, String facilityKind, String place,
    boolean hivTesting, boolean hivTreatment, boolean sti, boolean familyPlanningSrh, boolean maternalCare, boolean tb,
    boolean childHealth, boolean mentalHealth, boolean general, String payment, Long feeRiel, String hours,
    String phone, boolean active, Double rating, Integer ratings) {

  public static FacilityView of(Facility f) {
    Set<String> s = f.getServices();
    boolean shown = f.getRatingCount() >= Facility.RATINGS_SHOWN_FROM;
    return new FacilityView(f.getId(), f.getNameKm(), f.getNameEn(), f.getKind(), f.getPlace(),
        s.contains("hiv-testing"), s.contains("hiv-treatment"), s.contains("sti"), s.contains("family-planning-srh"),
        s.contains("maternal-care"), s.contains("tb"), s.contains("child-health"), s.contains("mental-health"),
        s.contains("general"), f.getPayment(), f.getFeeRiel(), f.getHours(), f.getPhone(), f.isActive(),
        shown ? Math.round(10.0 * f.getRatingSum() / f.getRatingCount()) / 10.0 : null,
        shown ? f.getRatingCount() : null);
  }
}
