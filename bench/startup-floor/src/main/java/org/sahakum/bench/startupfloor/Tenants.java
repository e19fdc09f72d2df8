package org.sahakum.bench.startupfloor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the tenants' slugs through JPA, in a JTA transaction. */
@ApplicationScoped
public class Tenants {
  @PersistenceContext(unitName = "startup-floor") EntityManager em;

  @Transactional
  public List<String> slugs() {
    return em.createQuery("SELECT t.slug FROM Tenant t ORDER BY t.id", String.class).setMaxResults(50).getResultList();
  }
}
