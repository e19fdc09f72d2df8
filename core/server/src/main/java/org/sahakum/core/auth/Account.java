package org.sahakum.core.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login. It belongs to one tenant; its roles are granted at tenants (see {@link RoleGrant}). */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private long tenantId;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  private String status;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Set by an admin's reset: until the holder chooses a password, the account may do nothing else. */
  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  protected Account() {}

  public Account(long tenantId, String username, String passwordHash, Instant now) {
    this.tenantId = tenantId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.status = "active";
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** A new password hash; {@code temporary} when an admin chose it, so that the holder must change it. */
  public void replacePassword(String newHash, boolean temporary) {
    passwordHash = newHash;
    mustChangePassword = temporary;
  }

  public boolean isActive() {
    return "active".equals(status);
  }

  public String getStatus() {
    return status;
  }

  /** A self-registered member's login waits for approval. */
  public void markPending() {
    status = "pending";
  }

  public void activate() {
    status = "active";
  }

  public void disable() {
    status = "disabled";
  }

  /** The login of a suspended member: refused like a wrong password until the member is taken back. */
  void suspend() {
    status = "suspended";
  }

  boolean isSuspended() {
    return "suspended".equals(status);
  }

  /** Forgets the login of an erased member: a name that says nothing, and no password that can match. */
  void forget(String placeholderUsername) {
    username = placeholderUsername;
    passwordHash = "!";
    status = "disabled";
  }
}
