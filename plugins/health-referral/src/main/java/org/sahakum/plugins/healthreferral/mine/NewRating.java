package org.sahakum.plugins.healthreferral.mine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST my-ratings}: 1 to 5 stars for the facility of one of the caller's
 * attended referrals. The rating is kept without the rater or the referral.
 */
public record NewRating(@NotNull @Positive Long referralId, @NotNull @Min(1) @Max(5) Integer stars) {}
