package org.sahakum.core.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A server-side session. Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "auth_session")
public class AuthSession {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected AuthSession() {}

  AuthSession(String tokenHash, long accountId, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = expiresAt;
  }

  public long getAccountId() {
    return accountId;
  }

  Instant getLastSeenAt() {
    return lastSeenAt;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  void touch(Instant now) {
    this.lastSeenAt = now;
  }
}
