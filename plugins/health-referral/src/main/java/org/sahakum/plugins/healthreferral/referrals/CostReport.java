package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code PUT referrals/{id}/cost}: what the facility asked, what was paid, the
 * exemption obtained, and what the person paid out of pocket, all in whole riel.
 */
public record CostReport(
    @NotNull @Min(0) @Max(100_000_000) Long feeAskedRiel,
    @NotNull @Min(0) @Max(100_000_000) Long feePaidRiel,
    @NotNull @Pattern(regexp = HealthReferral.EXEMPTIONS, message = "must be hef, id-poor, ngo-free or none")
    String exemption,
    @NotNull @Min(0) @Max(100_000_000) Long outOfPocketRiel) {}
