package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code PUT referrals/{id}/escort}: whether the person needs someone to go with them,
 * who goes (an account that may make referrals here; none yet means not arranged), and the
 * transport money given, in whole riel.
 */
public record EscortPlan(
    @NotNull Boolean escortNeeded,
    @Positive Long escortAccountId,
    @NotNull @Min(0) @Max(10_000_000) Long transportRiel) {}
