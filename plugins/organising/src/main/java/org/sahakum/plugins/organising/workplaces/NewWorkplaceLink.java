package org.sahakum.plugins.organising.workplaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST workplace-links}: a member, a workplace, and whether she said yes to the link. */
public record NewWorkplaceLink(@NotBlank @Size(max = 40) String memberCode, @NotNull Long workplaceId,
    @NotNull Boolean consentGiven) {}
