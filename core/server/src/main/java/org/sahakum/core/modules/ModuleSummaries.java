package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * Gathers what each module switched on at a tenant holds about one member ({@link MemberSummary}),
 * each in its own read-only context at that tenant. The module decides, by its own permissions,
 * whether the caller sees anything; a module that fails is named as unavailable, and the others
 * still answer.
 */
@ApplicationScoped
public class ModuleSummaries {
  private static final Logger LOG = Logger.getLogger(ModuleSummaries.class.getName());

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleContexts contexts;

  /**
   * One module's answer: its id and name, and either the summary or {@code unavailable}.
   */
  public record Entry(String module, LocalizedText moduleName, MemberSummary.Summary summary, boolean unavailable) {}

  /** The summaries about {@code memberId} (already known to be a member {@code tenant} holds), by module id. */
  public List<Entry> about(Tenant tenant, long memberId) {
    List<Entry> out = new ArrayList<>();
    if (!caller.isPermitted(tenant.getId(), "modules:use")) {
      return out;
    }
    long accountId = caller.requireLogin().accountId();
    List<LoadedModule> modules = registry.all().stream().filter(m -> tenantModules.isEnabled(tenant, m.id()))
        .sorted(Comparator.comparing(LoadedModule::id)).toList();
    for (LoadedModule module : modules) {
      EntityManager em = contexts.entityManager(module, tenant, true);
      try {
        Optional<MemberSummary.Summary> summary = module.module()
            .memberSummary(contexts.context(module, tenant, accountId, em, true))
            .flatMap(port -> port.about(memberId));
        summary.ifPresent(s -> out.add(new Entry(module.id(), module.module().name(), s, false)));
      } catch (RuntimeException e) {
        // a module's failure must not hide what the others hold; the member is not named in the log
        LOG.log(Level.WARNING, "The module " + module.id() + " could not summarise a member", e);
        out.add(new Entry(module.id(), module.module().name(), null, true));
      } finally {
        em.close();
      }
    }
    return out;
  }
}
