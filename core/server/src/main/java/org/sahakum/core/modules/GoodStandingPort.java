package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Function;
import org.sahakum.api.GoodStanding;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Finds the module that answers {@link GoodStanding} for a tenant's organisation: the first loaded
 * module, by id, that offers the port and that the organisation has switched on. It answers in its
 * own context at the organisation, inside the asking request's transaction, so a chapter's module
 * can ask about a member whose dues the organisation keeps.
 */
@ApplicationScoped
public class GoodStandingPort {

  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject Tenants tenants;

  Optional<GoodStanding> find(Tenant tenant, long accountId, ModuleContexts contexts) {
    Optional<Tenant> org = tenants.organisationOf(tenant);
    if (org.isEmpty()) {
      return Optional.empty();
    }
    for (LoadedModule module : registry.all()) {
      if (tenantModules.isEnabled(org.get(), module.id())
          && ask(module, org.get(), accountId, contexts, Optional::of).isPresent()) {
        return Optional.of(memberId -> ask(module, org.get(), accountId, contexts, port -> port.of(memberId)));
      }
    }
    return Optional.empty();
  }

  /** Calls the module's port in a read-only context of its own, closed once it has answered. */
  private static <T> Optional<T> ask(LoadedModule module, Tenant org, long accountId, ModuleContexts contexts,
      Function<GoodStanding, Optional<T>> question) {
    EntityManager em = contexts.entityManager(module, org, true);
    try {
      return module.module().goodStanding(contexts.context(module, org, accountId, em, true)).flatMap(question);
    } finally {
      em.close();
    }
  }
}
