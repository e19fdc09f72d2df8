package org.sahakum.plugins.organising.visits;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.sahakum.api.Places;
import org.sahakum.plugins.organising.stock.Materials;

/**
 * The body of {@code POST visits}: quick on a phone, so every count may be left out (as 0). A
 * workplace names the place; without one, {@code place} says the khan or province visited.
 */
public record NewVisit(
    @NotNull @PastOrPresent LocalDate visitedOn,
    Long workplaceId,
    @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @Min(0) @Max(500) Integer membersNew,
    @Min(0) @Max(500) Integer membersReturning,
    @Min(0) @Max(500) Integer othersNew,
    @Min(0) @Max(500) Integer othersReturning,
    @Min(0) @Max(500) Integer invitedToJoin,
    @Min(0) @Max(10_000) Integer maleCondoms,
    @Min(0) @Max(10_000) Integer femaleCondoms,
    @Min(0) @Max(10_000) Integer lubricant,
    @Min(0) @Max(10_000) Integer leaflets,
    @Min(0) @Max(10_000) Integer booklets,
    @Min(0) @Max(10_000) Integer posters,
    Boolean raids,
    Boolean violence,
    Boolean unpaidWages,
    Boolean health) implements Materials {

  static int count(Integer n) {
    return n == null ? 0 : n;
  }

  /** Everyone reached. */
  int reached() {
    return count(membersNew) + count(membersReturning) + count(othersNew) + count(othersReturning);
  }
}
