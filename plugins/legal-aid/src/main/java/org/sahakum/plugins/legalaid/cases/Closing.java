package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST cases/{id}/close}.
 *
 * @param outcome one of {@link LegalCase#OUTCOMES}
 */
public record Closing(
    @NotNull
    @Pattern(regexp = LegalCase.OUTCOMES,
        message = "must be one of resolved, released, acquitted, convicted, settled, referred, withdrawn, other")
    String outcome) {}
