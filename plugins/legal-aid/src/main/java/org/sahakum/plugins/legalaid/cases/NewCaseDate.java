package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The body of {@code POST cases/{id}/dates}.
 *
 * @param kind one of {@link CaseDate#KINDS}
 * @param dueOn the day of the hearing or the deadline
 */
public record NewCaseDate(
    @NotNull @Pattern(regexp = CaseDate.KINDS, message = "must be hearing or deadline") String kind,
    @NotNull LocalDate dueOn) {}
