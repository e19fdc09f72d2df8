package org.sahakum.plugins.education.children;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST children}.
 *
 * @param guardianCode the member code of the guardian, a member of this organisation
 * @param secondGuardianCode the member code of a second guardian who is a member, or null
 * @param name the child's first name or nickname only (sealed at rest)
 * @param birthYear the year of birth
 * @param gender {@code GIRL}, {@code BOY}, {@code OTHER} or null
 * @param centreId the centre the child comes to
 * @param schoolStatus where the child stands with public school
 * @param consentVersion the version of the consent text the guardian agreed to ({@code GET consent})
 */
public record NewChild(
    @NotBlank @Size(max = 40) String guardianCode,
    @Size(max = 40) String secondGuardianCode,
    @NotBlank @Size(max = 40) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be a first name or nickname")
        String name,
    @NotNull @Min(2000) @Max(2100) Integer birthYear,
    @Pattern(regexp = Gender.NAMES, message = "must be GIRL, BOY or OTHER") String gender,
    @NotNull @Positive Long centreId,
    @NotNull @Pattern(regexp = SchoolStatus.NAMES,
        message = "must be OUT_OF_SCHOOL, PREPARING, ENROLLED, ATTENDING or DROPPED_OUT") String schoolStatus,
    @NotBlank @Size(max = 20) String consentVersion) {}
