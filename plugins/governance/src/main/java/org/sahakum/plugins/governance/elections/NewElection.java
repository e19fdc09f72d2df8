package org.sahakum.plugins.governance.elections;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@code POST elections}: an election of {@code seats} members, or a motion (its question in the
 * titles; it is answered yes, no or abstain). Its voters are the members of the tenant it is made
 * at: the whole organisation, or one chapter.
 */
public record NewElection(
    @NotNull @Pattern(regexp = "election|motion") String kind,
    @NotBlank @Size(max = 300) String titleKm,
    @NotBlank @Size(max = 300) String titleEn,
    @Min(1) @Max(25) Integer seats,
    @NotNull Instant opensAt,
    @NotNull Instant closesAt) {}
