package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST referrals/{id}/follow-up}: how it ended for the person. */
public record FollowUp(
    @NotNull @Pattern(regexp = HealthReferral.OUTCOMES, message = "must be service-received, referred-on, "
        + "refused-service or asked-to-pay") String outcome) {}
