package org.sahakum.plugins.legalaid.trainings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST attendance}: a member, by code, attended a training of this organisation.
 */
public record NewAttendance(@NotNull @Positive Long trainingId, @NotNull @Size(min = 1, max = 40) String memberCode) {}
