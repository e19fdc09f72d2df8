package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The indicators of the modules an organisation has switched on, named {@code <module>.<indicator>},
 * and their counts: the sum, cell by cell, of the counts taken in a read-only context of the module
 * at the organisation and at each of its chapters.
 */
@ApplicationScoped
public class ModuleIndicators {

  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleContexts contexts;
  @Inject Tenants tenants;

  /**
   * An indicator a module offers at an organisation; {@code cellNames}: the km/en names of its
   * cells' labels where they are codes (empty when they read as they are); {@code chapterCells}:
   * whether chapters' slugs are among the labels (the caller names them).
   */
  public record Offered(String id, LocalizedText name, Map<String, LocalizedText> cellNames, boolean chapterCells) {}

  public List<Offered> offeredAt(Tenant org) {
    List<Offered> out = new ArrayList<>();
    for (LoadedModule m : registry.all()) {
      if (tenantModules.isEnabled(org, m.id())) {
        m.module().indicators().forEach(i -> out.add(offered(m, i)));
      }
    }
    return out;
  }

  private static Offered offered(LoadedModule m, Indicator i) {
    Map<String, LocalizedText> names = new LinkedHashMap<>();
    boolean chapters = false;
    for (String field : i.cellOptions() == null ? new String[0] : i.cellOptions().trim().split("\\s+")) {
      if (Indicator.CHAPTER_CELLS.equals(field)) {
        chapters = true;
      } else {
        names.putAll(UiOptionNames.of(m.ui(), field));
      }
    }
    return new Offered(m.id() + "." + i.id(), i.name(), names, chapters);
  }

  /** The counts of {@code id} at {@code org}, asked on behalf of {@code accountId}; empty when not offered there. */
  public Optional<Map<String, Long>> count(Tenant org, String id, long accountId) {
    for (LoadedModule m : registry.all()) {
      if (!id.startsWith(m.id() + ".") || !tenantModules.isEnabled(org, m.id())) {
        continue;
      }
      for (Indicator i : m.module().indicators()) {
        if (id.equals(m.id() + "." + i.id())) {
          Map<String, Long> cells = new LinkedHashMap<>();
          for (Tenant where : tenants.subtree(org)) {
            countAt(m, i, where, accountId).forEach((cell, n) -> cells.merge(cell, n, Long::sum));
          }
          return Optional.of(cells);
        }
      }
    }
    return Optional.empty();
  }

  /** One tenant's counts: a module keeps rows at the organisation and at each chapter, each scoped to its own. */
  private Map<String, Long> countAt(LoadedModule m, Indicator i, Tenant where, long accountId) {
    EntityManager em = contexts.entityManager(m, where, true);
    try {
      return i.count(contexts.context(m, where, accountId, em, true));
    } finally {
      em.close();
    }
  }
}
