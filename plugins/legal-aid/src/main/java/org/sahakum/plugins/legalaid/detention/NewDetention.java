package org.sahakum.plugins.legalaid.detention;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.sahakum.api.Places;
import org.sahakum.plugins.legalaid.cases.LegalCase;

/**
 * The body of {@code POST detentions}: who is held (a member by code, or a non-member by group),
 * where, since when and who reported it. It opens a detention case at the same time.
 */
public record NewDetention(
    @NotNull @Pattern(regexp = LegalCase.CLIENT_KINDS, message = "must be member or non-member") String clientKind,
    @Size(min = 1, max = 40) String memberCode,
    @Pattern(regexp = LegalCase.CLIENT_GROUPS, message = "must be walk-in, poor-family, student or other")
    String clientGroup,
    @NotNull @Pattern(regexp = Detention.PLACE_KINDS, message = "must be police-station, detention-centre or other")
    String placeKind,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @NotNull @PastOrPresent Instant heldSince,
    @NotNull @Pattern(regexp = Detention.REPORTERS, message = "must be self, family, peer, outreach-worker or other")
    String reportedBy) {

  /** A member needs a member code, anyone else a group, and neither both. */
  @AssertTrue(message = "memberCode is required for a member, clientGroup for a non-member")
  public boolean isClientNamedOnce() {
    if (clientKind == null) {
      return true;
    }
    return "member".equals(clientKind) ? memberCode != null && clientGroup == null
        : memberCode == null && clientGroup != null;
  }
}
