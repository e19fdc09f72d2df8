package org.sahakum.plugins.governance.paper;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Counts read from a paper box: the votes of each choice on the ballot ({@code choiceId} as the
 * ballot lists it). The second official sends these alone to confirm; the first also names the
 * box's ballots and the members who voted in it.
 */
public record PaperCounts(@NotNull @Size(max = 100) List<@Valid @NotNull Line> counts) {

  /** One choice's votes in the box. */
  public record Line(@NotNull Long choiceId, @NotNull @Min(0) @Max(100_000) Integer votes) {}

  /** {@code POST elections/{id}/paper-boxes}: the counts and the members marked on the box's sign-in sheet. */
  public record Entry(
      @NotEmpty @Size(max = 5_000) List<@NotNull @Size(min = 1, max = 40) String> memberCodes,
      @NotNull @Size(max = 100) List<@Valid @NotNull Line> counts) {}
}
