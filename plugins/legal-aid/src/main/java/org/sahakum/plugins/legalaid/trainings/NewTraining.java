package org.sahakum.plugins.legalaid.trainings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sahakum.api.Places;

/**
 * The body of {@code POST trainings}: a session, held or planned.
 *
 * @param topic one of {@link Training#TOPICS}
 * @param heldOn the day
 * @param place a khan of Phnom Penh or a province ({@link Places#ALL})
 * @param facilitator who runs it (a role or an organisation is enough)
 * @param capacity how many people it is planned for, or null
 */
public record NewTraining(
    @NotNull @Pattern(regexp = Training.TOPICS, message = "must be one of know-your-rights, police-encounters, "
        + "court-process, paralegal-skills, health-and-rights, other") String topic,
    @NotNull LocalDate heldOn,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @NotBlank @Size(max = 120) String facilitator,
    @Positive @Max(10_000) Integer capacity) {}
