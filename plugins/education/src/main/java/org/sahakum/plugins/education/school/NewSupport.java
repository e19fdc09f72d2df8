package org.sahakum.plugins.education.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** The body of {@code POST children/{id}/support}: what was given, how many riel, on which day (not in the future). */
public record NewSupport(
    @NotNull @Pattern(regexp = Codes.SUPPORT_KIND, message = "must be UNIFORM, MATERIALS, FEES or TRANSPORT") String kind,
    @NotNull @Positive @Max(100_000_000) Long amountRiel,
    @NotNull LocalDate givenOn) {}
