package org.sahakum.plugins.healthreferral.facilities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/** The body of {@code PUT facilities/{id}}: every field again; {@code active: false} retires the entry. */
public record FacilityChange(
    @NotBlank @Size(max = 160) String nameKm,
    @NotBlank @Size(max = 160) String nameEn,
    @NotNull @Pattern(regexp = Facility.KINDS, message = "must be national-hospital, referral-hospital, "
        + "health-centre, ngo-clinic, drop-in-centre, private-clinic or pharmacy") String facilityKind,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    Boolean hivTesting,
    Boolean hivTreatment,
    Boolean sti,
    Boolean familyPlanningSrh,
    Boolean maternalCare,
    Boolean tb,
    Boolean childHealth,
    Boolean mentalHealth,
    Boolean general,
    @NotNull @Pattern(regexp = Facility.PAYMENTS, message = "must be free, hef-id-poor, low-fee or full-fee")
    String payment,
    @Min(0) @Max(100_000_000) Long feeRiel,
    @Size(max = 120) String hours,
    @Size(max = 32) @Pattern(regexp = "[0-9+() -]{3,32}", message = "digits, spaces, +, ( and ) only") String phone,
    @NotNull Boolean active)
    implements FacilityFields {}
