package org.sahakum.plugins.education.enrolments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST classes/{id}/enrolments}: the child to enrol (or put on the waiting list). */
public record NewEnrolment(@NotNull @Positive Long childId) {}
