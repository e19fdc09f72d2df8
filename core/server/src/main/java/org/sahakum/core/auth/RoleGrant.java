package org.sahakum.core.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A role held by an account at one tenant node. */
@Entity
@Table(name = "role_grant")
@IdClass(RoleGrant.Key.class)
public class RoleGrant {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  private String role;

  protected RoleGrant() {}

  public RoleGrant(long accountId, long tenantId, String role) {
    this.accountId = accountId;
    this.tenantId = tenantId;
    this.role = role;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getRole() {
    return role;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    public long accountId;
    public long tenantId;
    public String role;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.accountId == accountId && k.tenantId == tenantId && k.role.equals(role);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(accountId, tenantId, role);
    }
  }
}
