package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.sahakum.api.ClientGroups;
import org.sahakum.plugins.healthreferral.facilities.Services;

/**
 * The body of {@code POST referrals}: who, to which facility, for what, how urgently, and whether
 * the person has just consented. It carries no id, status or tenant.
 *
 * @param personKind {@code member}, {@code child} (a member's child) or {@code non-member}
 * @param memberCode the member's code, for a member or a member's child
 * @param childRelation {@code daughter}, {@code son} or {@code other-child}, for a child
 * @param childBirthYear the child's birth year, for a child (no name is kept)
 * @param clientGroup one of {@link ClientGroups#ALL}, for a non-member
 * @param facilityId an active facility of the directory that offers the category
 * @param serviceCategory one of {@link Services#CATEGORIES}; sealed at rest
 * @param consentGiven true when the person has just said yes (recorded now, by the caller)
 */
public record NewReferral(
    @NotNull @Pattern(regexp = HealthReferral.PERSON_KINDS, message = "must be member, child or non-member")
    String personKind,
    @Size(min = 1, max = 40) String memberCode,
    @Pattern(regexp = HealthReferral.RELATIONS, message = "must be daughter, son or other-child") String childRelation,
    @Min(1900) @Max(2100) Integer childBirthYear,
    @Pattern(regexp = ClientGroups.ALL, message = ClientGroups.MESSAGE) String clientGroup,
    @NotNull @Positive Long facilityId,
    @NotNull @Pattern(regexp = Services.CATEGORIES, message = "must be one of the directory's service categories")
    String serviceCategory,
    @NotNull @Pattern(regexp = HealthReferral.URGENCIES, message = "must be routine, soon or urgent") String urgency,
    @NotNull Boolean consentGiven) {

  /** A member needs a member code; a child a member code, a relation and a birth year; a non-member a group only. */
  @AssertTrue(message = "a member needs memberCode; a member's child memberCode, childRelation and childBirthYear; "
      + "a non-member clientGroup only")
  public boolean isPersonNamedOnce() {
    if (personKind == null) {
      return true;
    }
    return switch (personKind) {
      case "member" -> memberCode != null && childRelation == null && childBirthYear == null && clientGroup == null;
      case "child" -> memberCode != null && childRelation != null && childBirthYear != null && clientGroup == null;
      default -> memberCode == null && childRelation == null && childBirthYear == null && clientGroup != null;
    };
  }
}
