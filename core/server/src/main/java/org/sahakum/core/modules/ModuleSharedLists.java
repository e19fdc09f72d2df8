package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.SharedList;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The shared lists of the modules an organisation has switched on, named {@code <module>.<list>},
 * and their rows: those taken in a read-only context of the module at the organisation and at each
 * of its chapters, one after the other.
 */
@ApplicationScoped
public class ModuleSharedLists {

  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleContexts contexts;
  @Inject Tenants tenants;

  /** A column as shown: its heading, and the km/en names of its codes (empty when its values read as they are). */
  public record ShownColumn(String id, LocalizedText heading, Map<String, LocalizedText> names) {}

  /** A list a module offers at an organisation. */
  public record Offered(String id, LocalizedText name, List<ShownColumn> columns) {}

  public List<Offered> offeredAt(Tenant org) {
    List<Offered> out = new ArrayList<>();
    for (LoadedModule m : registry.all()) {
      if (tenantModules.isEnabled(org, m.id())) {
        for (SharedList list : m.module().sharedLists()) {
          List<ShownColumn> columns = list.columns().stream()
              .map(c -> new ShownColumn(c.id(), c.heading(), UiOptionNames.of(m.ui(), c.options()))).toList();
          out.add(new Offered(m.id() + "." + list.id(), list.name(), columns));
        }
      }
    }
    return out;
  }

  /** The rows of {@code id} at {@code org} and its chapters, asked on behalf of {@code accountId}; empty when not offered there. */
  public Optional<List<Map<String, Object>>> rows(Tenant org, String id, long accountId) {
    for (LoadedModule m : registry.all()) {
      if (!id.startsWith(m.id() + ".") || !tenantModules.isEnabled(org, m.id())) {
        continue;
      }
      for (SharedList list : m.module().sharedLists()) {
        if (id.equals(m.id() + "." + list.id())) {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Tenant where : tenants.subtree(org)) {
            EntityManager em = contexts.entityManager(m, where, true);
            try {
              rows.addAll(list.rows(contexts.context(m, where, accountId, em, true)));
            } finally {
              em.close();
            }
          }
          return Optional.of(rows);
        }
      }
    }
    return Optional.empty();
  }
}
