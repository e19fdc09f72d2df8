package org.sahakum.plugins.organising.workplaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/** The body of {@code PUT workplaces/{id}}: the whole workplace; {@code active: false} retires it. */
public record WorkplaceChange(
    @NotBlank @Size(max = 60) String label,
    @NotNull @Pattern(regexp = Workplace.KINDS, message = "must be one of the kinds of workplace") String workplaceKind,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @Size(max = 80) String sangkat,
    @NotNull @Pattern(regexp = Workplace.ATTITUDES, message = "must be supportive, neutral, hostile or unknown")
    String ownerAttitude,
    @NotNull @Pattern(regexp = Workplace.RAIDS, message = "must be never, rarely, monthly, weekly or unknown")
    String raidFrequency,
    @NotNull Boolean active) implements WorkplaceFields {}
