package org.sahakum.plugins.uniondues.enrolments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST enrolments}: a member starts paying dues under a plan.
 *
 * @param memberCode the member's code in the register
 * @param planId the plan
 * @param startsOn the first day dues are owed; not before the plan starts
 */
public record NewEnrolment(
    @NotBlank @Size(max = 40) String memberCode,
    @NotNull @Positive Long planId,
    @NotNull LocalDate startsOn) {}
