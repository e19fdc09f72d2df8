package org.sahakum.plugins.education.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST classes/{id}/sessions}: a whole class's attendance in one request.
 *
 * @param heldOn the day of the session, not in the future
 * @param marks one per child enrolled (1 to 200), each {@code PRESENT}, {@code LATE} or {@code ABSENT}
 */
public record NewSession(@NotNull LocalDate heldOn, @NotNull @Size(min = 1, max = 200) List<Mark> marks) {

  /** One child's mark; its constraints are checked by {@link MarkCheck} (in one loop, not a cascade). */
  public record Mark(
      @NotNull @Positive Long childId,
      @NotNull @Pattern(regexp = MarkStatus.NAMES, message = "must be PRESENT, LATE or ABSENT") String status) {}
}
