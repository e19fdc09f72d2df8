package org.sahakum.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Whether one tenant has one module switched on. */
@Entity
@Table(name = "tenant_module")
@IdClass(TenantModule.Key.class)
public class TenantModule {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id
  @Column(name = "module_id")
  private String moduleId;

  private boolean enabled;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected TenantModule() {}

  TenantModule(long tenantId, String moduleId) {
    this.tenantId = tenantId;
    this.moduleId = moduleId;
  }

  String getModuleId() {
    return moduleId;
  }

  boolean isEnabled() {
    return enabled;
  }

  void set(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.changedAt = now;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    public long tenantId;
    public String moduleId;

    public Key() {}

    Key(long tenantId, String moduleId) {
      this.tenantId = tenantId;
      this.moduleId = moduleId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && Objects.equals(k.moduleId, moduleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, moduleId);
    }
  }
}
