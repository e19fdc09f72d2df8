package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST cases}. It carries no id and no status: the server chooses both. A
 * member client is named by member code; anyone else by a group, never by name.
 *
 * @param caseType one of {@link LegalCase#CASE_TYPES}
 * @param clientKind one of {@link LegalCase#CLIENT_KINDS}
 * @param memberCode the member's code, for a member client
 * @param clientGroup one of {@link LegalCase#CLIENT_GROUPS}, for a non-member client
 */
public record NewCase(
    @NotNull
    @Pattern(regexp = LegalCase.CASE_TYPES,
        message = "must be one of consultation, court, detention, labour, family, other")
    String caseType,
    @NotNull
    @Pattern(regexp = LegalCase.CLIENT_KINDS, message = "must be member or non-member")
    String clientKind,
    @Size(min = 1, max = 40) String memberCode,
    @Pattern(regexp = LegalCase.CLIENT_GROUPS, message = "must be walk-in, poor-family, student or other")
    String clientGroup) {

  /** A member client needs a member code, a non-member client a group, and neither both. */
  @AssertTrue(message = "memberCode is required for a member client, clientGroup for a non-member client")
  public boolean isClientNamedOnce() {
    if (clientKind == null) {
      return true;
    }
    return "member".equals(clientKind) ? memberCode != null && clientGroup == null
        : memberCode == null && clientGroup != null;
  }
}
