package org.sahakum.core.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A tenant's own permission set for one role, in force for grants at that tenant and below, never
 * for grants on the other side of an organisation's wall (see {@link RoleSettings}).
 */
@Entity
@Table(name = "role_setting")
@IdClass(RoleSetting.Key.class)
public class RoleSetting {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  private String role;

  private String permissions;

  @Column(name = "changed_by")
  private long changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected RoleSetting() {}

  RoleSetting(long tenantId, String role, Collection<String> permissions, long changedBy, Instant at) {
    this.tenantId = tenantId;
    this.role = role;
    change(permissions, changedBy, at);
  }

  void change(Collection<String> permissions, long changedBy, Instant at) {
    this.permissions = String.join(" ", new TreeSet<>(permissions));
    this.changedBy = changedBy;
    this.changedAt = at;
  }

  long tenantId() {
    return tenantId;
  }

  String role() {
    return role;
  }

  Set<String> permissions() {
    return permissions.isEmpty() ? Set.of()
        : Arrays.stream(permissions.split(" ")).collect(Collectors.toUnmodifiableSet());
  }

  /** The composite key. */
  public static class Key implements Serializable {
    public long tenantId;
    public String role;

    public Key() {}

    Key(long tenantId, String role) {
      this.tenantId = tenantId;
      this.role = role;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && k.role.equals(role);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(tenantId) * 31 + role.hashCode();
    }
  }
}
