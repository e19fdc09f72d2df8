package org.sahakum.core.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invite to register in one tenant. Only a hash of its code is stored. */
@Entity
@Table(name = "invite")
public class Invite {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "max_uses")
  private int maxUses;

  /** {@code member}, {@code admin} or {@code first-admin}; see {@link Invites}. */
  private String kind = Invites.MEMBER;

  private int uses;
  private boolean revoked;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Invite() {}

  Invite(long tenantId, String kind, String codeHash, Instant expiresAt, int maxUses, long createdBy, Instant now) {
    this.tenantId = tenantId;
    this.kind = kind;
    this.codeHash = codeHash;
    this.expiresAt = expiresAt;
    this.maxUses = maxUses;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public String kind() {
    return kind;
  }

  boolean usableAt(Instant now) {
    return !revoked && uses < maxUses && now.isBefore(expiresAt);
  }

  public void use() {
    uses++;
  }

  /** Withdraws this invite: from now on it is refused like a used or expired one. */
  public void revoke() {
    revoked = true;
  }

  public Long getId() {
    return id;
  }

  long getTenantId() {
    return tenantId;
  }

  /** The account that issued it. */
  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** The invite as listed: never its code. */
  InviteView view() {
    return new InviteView(id, expiresAt, maxUses, uses, revoked, createdAt);
  }

  /** An invite as listed. */
  public record InviteView(long id, Instant expiresAt, int maxUses, int uses, boolean revoked, Instant createdAt) {}
}
