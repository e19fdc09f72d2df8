package org.sahakum.plugins.education.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The retention period, in months without activity (6 to 120; default 24), as read and set. */
public record RetentionView(@NotNull @Min(6) @Max(120) Integer months) {}
