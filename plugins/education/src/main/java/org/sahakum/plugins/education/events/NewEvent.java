package org.sahakum.plugins.education.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST events}: a name, {@code SOCIAL_EVENT} or {@code EXPOSURE_VISIT}, and its day. */
public record NewEvent(
    @NotBlank @Size(max = 100) String name,
    @NotNull @Pattern(regexp = EventKind.NAMES, message = "must be SOCIAL_EVENT or EXPOSURE_VISIT") String kind,
    @NotNull LocalDate heldOn) {}
