package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * Which modules each tenant has on. Only installed modules count, and a chapter has a module on
 * only while its organisation has it on too: switching a module off at the organisation switches
 * it off at every chapter at once (each chapter's own switch is kept, and counts again once the
 * organisation switches the module back on).
 */
@ApplicationScoped
public class TenantModules {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject ModuleRegistry registry;

  /** The modules on at {@code tenant}, by id. */
  public List<String> enabledIds(Tenant tenant) {
    List<String> own = switchedOn(tenant.getId());
    if (tenant.getType() != TenantType.CHAPTER) {
      return own;
    }
    List<String> organisation = switchedOn(tenant.getParentId());
    return own.stream().filter(organisation::contains).toList();
  }

  /** Whether {@code moduleId} is on at {@code tenant} (for a chapter: at the chapter and at its organisation). */
  public boolean isEnabled(Tenant tenant, String moduleId) {
    return switchedOn(tenant.getId(), moduleId)
        && (tenant.getType() != TenantType.CHAPTER || switchedOn(tenant.getParentId(), moduleId));
  }

  /** Call inside a transaction. */
  public void set(long tenantId, String moduleId, boolean enabled) {
    TenantModule row = em.find(TenantModule.class, new TenantModule.Key(tenantId, moduleId));
    if (row == null) {
      row = new TenantModule(tenantId, moduleId);
      em.persist(row);
    }
    row.set(enabled, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  private List<String> switchedOn(long tenantId) {
    return em.createQuery("SELECT m.moduleId FROM TenantModule m WHERE m.tenantId = :t AND m.enabled = TRUE ORDER BY m.moduleId",
            String.class)
        .setParameter("t", tenantId)
        .getResultList()
        .stream()
        .filter(registry::has)
        .toList();
  }

  private boolean switchedOn(long tenantId, String moduleId) {
    TenantModule row = em.find(TenantModule.class, new TenantModule.Key(tenantId, moduleId));
    return row != null && row.isEnabled() && registry.has(moduleId);
  }
}
