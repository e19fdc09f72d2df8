package org.sahakum.core.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/t/{tenant}/admin-invites} answers this: the open admin invites the caller may
 * withdraw there, never a code or its hash.
 *
 * @param hasAccount whether the tenant has any account, i.e. its first admin came in
 * @param mayIssue whether {@code POST .../admin-invites} by this caller would make an invite now
 */
public record OpenAdminInvites(String tenant, boolean hasAccount, boolean mayIssue, List<Open> invites) {

  /** One open invite; {@code issuedBy.username} is left out unless the caller manages accounts where the issuer's is. */
  public record Open(long id, String kind, Instant createdAt, Instant expiresAt, Issuer issuedBy) {}

  /** The account that issued an invite. */
  public record Issuer(long id, String username) {}
}
