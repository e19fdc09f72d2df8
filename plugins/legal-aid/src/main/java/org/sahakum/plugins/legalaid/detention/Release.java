package org.sahakum.plugins.legalaid.detention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * The body of {@code POST detentions/{id}/release}.
 *
 * @param releasedAt when the person left (not before they were held, not in the future)
 * @param releaseOutcome one of {@link Detention#OUTCOMES}
 */
public record Release(
    @NotNull @PastOrPresent Instant releasedAt,
    @NotNull @Pattern(regexp = Detention.OUTCOMES,
        message = "must be released, released-after-payment, charged, sent-to-centre, transferred or other")
    String releaseOutcome) {}
