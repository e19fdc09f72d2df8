package org.sahakum.plugins.legalaid.violations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.Places;

/**
 * The body of {@code POST violations}: an event with its acts and each act's victims.
 *
 * @param advocacyConsent whether the victims agreed that the record be counted in advocacy reports
 */
public record NewViolation(
    @NotNull @PastOrPresent LocalDate occurredOn,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @NotNull Boolean advocacyConsent,
    @NotEmpty @Size(max = 20) List<@Valid @NotNull Act> acts) {

  /** What was done, by whom, to whom. */
  public record Act(
      @NotNull @Pattern(regexp = ViolationAct.ACT_TYPES, message = "must be one of the acts listed in the form")
      String actType,
      @NotNull @Pattern(regexp = ViolationAct.PERPETRATORS,
          message = "must be police, social-affairs-guard, client, gang or other") String perpetratorType,
      @NotEmpty @Size(max = 200) List<@Valid @NotNull Victim> victims) {}

  /**
   * One victim: a member by code, or (no code) a person who is not a member.
   *
   * @param memberCode the member's code, or null for a non-member
   */
  public record Victim(@Size(min = 1, max = 40) String memberCode) {}
}
