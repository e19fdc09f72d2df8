package org.sahakum.plugins.education.classes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST classes}.
 *
 * @param centreId the centre it is held at
 * @param termId its term, or null
 * @param subject {@code KHMER}, {@code ENGLISH}, {@code MATHEMATICS}, {@code ARTS_DANCE} or {@code OTHER}
 * @param level e.g. "beginners" or "grade 2"
 * @param teacherAccountId a staff account here that may take attendance (see {@code GET teachers})
 * @param schedule the weekly schedule as staff say it, e.g. "Mon, Wed 08:00-09:30"
 * @param capacity how many children it takes; more wait on its list (1 to 200)
 */
public record NewClass(
    @NotNull @Positive Long centreId,
    @Positive Long termId,
    @NotNull @Pattern(regexp = Subject.NAMES, message = "must be KHMER, ENGLISH, MATHEMATICS, ARTS_DANCE or OTHER")
        String subject,
    @NotBlank @Size(max = 40) String level,
    @NotNull @Positive Long teacherAccountId,
    @NotBlank @Size(max = 100) String schedule,
    @NotNull @Min(1) @Max(200) Integer capacity) {}
