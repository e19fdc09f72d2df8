package org.sahakum.plugins.legalaid.detention;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT detentions/{id}/needs/{need}}: whether the need is met now. */
public record NeedUpdate(@NotNull Boolean met) {}
