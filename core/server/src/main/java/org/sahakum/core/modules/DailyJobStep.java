package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.DailyJob;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/** The steps of the daily jobs, each in a transaction of its own: finding the organisations, claiming a day, running. */
@ApplicationScoped
public class DailyJobStep {

  @PersistenceContext(unitName = "sahakum-core") EntityManager em;
  @Inject ModuleContexts contexts;
  @Inject TenantModules tenantModules;

  /** The organisations that have switched {@code moduleId} on. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Tenant> organisationsWith(String moduleId) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.type = :org ORDER BY t.id", Tenant.class)
        .setParameter("org", TenantType.ORGANISATION.code()).getResultList().stream()
        .filter(t -> tenantModules.isEnabled(t, moduleId)).toList();
  }

  /** Claims the day for the job at the organisation; throws (and rolls back) when another node has claimed it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void claim(String jobKey, long tenantId, LocalDate day) {
    em.persist(new DailyJobRun(jobKey, tenantId, day));
    em.flush();
  }

  /** Runs the job at the organisation with a context of its own; no person is behind it (account id 0). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(LoadedModule module, Tenant organisation, DailyJob job) {
    EntityManager moduleEm = contexts.entityManager(module, organisation, false);
    try {
      job.run(contexts.context(module, organisation, 0L, moduleEm, false));
      moduleEm.flush();
    } finally {
      moduleEm.close();
    }
  }
}
