package org.sahakum.plugins.education.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code PUT children/{id}}: the centre the child comes to. The school status changes
 * through {@code PUT children/{id}/school}, which keeps each change with its day.
 */
public record UpdateChild(@NotNull @Positive Long centreId) {}
