package org.sahakum.plugins.education.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.sahakum.plugins.education.children.SchoolStatus;

/**
 * The body of {@code PUT children/{id}/school}. The status moves out of school → preparing →
 * enrolled → attending, or to dropped out (from anywhere), with the day it changed. Documents and
 * barriers are set apart, with {@code PUT children/{id}/school/needs}.
 *
 * @param schoolId the school, from the organisation's list, or null
 * @param grade the grade (1 to 12), or null
 * @param status the school status
 * @param statusSince the day the status began, not in the future
 */
public record SchoolUpdate(
    @Positive Long schoolId,
    @Min(1) @Max(12) Integer grade,
    @NotNull @Pattern(regexp = SchoolStatus.NAMES,
        message = "must be OUT_OF_SCHOOL, PREPARING, ENROLLED, ATTENDING or DROPPED_OUT") String status,
    @NotNull LocalDate statusSince) {}
