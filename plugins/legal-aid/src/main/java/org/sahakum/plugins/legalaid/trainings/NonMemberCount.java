package org.sahakum.plugins.legalaid.trainings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT trainings/{id}/non-member-attendees}: how many people who are not members came. */
public record NonMemberCount(@NotNull @Min(0) @Max(10_000) Integer count) {}
