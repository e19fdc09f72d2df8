package org.sahakum.plugins.education.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** The body of {@code PUT children/{id}}: the centre and the school status, the parts of a record that change. */
public record UpdateChild(
    @NotNull @Positive Long centreId,
    @NotNull @Pattern(regexp = SchoolStatus.NAMES,
        message = "must be OUT_OF_SCHOOL, PREPARING, ENROLLED, ATTENDING or DROPPED_OUT") String schoolStatus) {}
