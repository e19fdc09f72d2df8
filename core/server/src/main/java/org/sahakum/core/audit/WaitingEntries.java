package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What waits to be chained, read outside any lock. */
@ApplicationScoped
class WaitingEntries {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  List<Long> tenants() {
    return em.createQuery("SELECT DISTINCT p.tenantId FROM AuditPending p", Long.class).getResultList();
  }

  long count(long tenantId) {
    return em.createQuery("SELECT COUNT(p) FROM AuditPending p WHERE p.tenantId = :t", Long.class)
        .setParameter("t", tenantId).getSingleResult();
  }
}
