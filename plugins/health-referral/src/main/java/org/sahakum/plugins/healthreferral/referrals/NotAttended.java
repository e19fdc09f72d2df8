package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST referrals/{id}/not-attended}: why the person did not go. */
public record NotAttended(
    @NotNull @Pattern(regexp = HealthReferral.REASONS, message = "must be cost, transport, fear-of-police, "
        + "discrimination, work-hours, childcare or other") String reason) {}
