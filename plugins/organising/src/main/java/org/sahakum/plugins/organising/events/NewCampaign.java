package org.sahakum.plugins.organising.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST campaigns}. */
public record NewCampaign(@NotBlank @Size(max = 160) String nameKm, @NotBlank @Size(max = 160) String nameEn,
    @NotNull LocalDate startsOn, LocalDate endsOn) {}
