package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Which modules each tenant has switched on. Only installed modules count. */
@ApplicationScoped
public class TenantModules {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject ModuleRegistry registry;

  public List<String> enabledIds(long tenantId) {
    return em.createQuery("SELECT m.moduleId FROM TenantModule m WHERE m.tenantId = :t AND m.enabled = TRUE ORDER BY m.moduleId",
            String.class)
        .setParameter("t", tenantId)
        .getResultList()
        .stream()
        .filter(registry::has)
        .toList();
  }

  public boolean isEnabled(long tenantId, String moduleId) {
    TenantModule row = em.find(TenantModule.class, new TenantModule.Key(tenantId, moduleId));
    return row != null && row.isEnabled() && registry.has(moduleId);
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
}
