package org.sahakum.core.definitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sahakum.core.auth.RolePermissions;
import org.sahakum.core.auth.RoleSettings;
import org.sahakum.core.definitions.Definitions.Blueprint;
import org.sahakum.core.definitions.Definitions.Chapter;
import org.sahakum.core.definitions.Definitions.ModuleRef;
import org.sahakum.core.definitions.Definitions.Names;
import org.sahakum.core.definitions.Definitions.PermissionRef;
import org.sahakum.core.definitions.Definitions.TenantDefinition;
import org.sahakum.core.modules.ModuleRegistry;
import org.sahakum.core.modules.TenantModules;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * Compares definitions with the tree and lists the changes that would make the tree say what the
 * files say. Applying adds and updates; it never removes a tenant, switches a module off or drops
 * a role setting the files do not name. A blueprint's roles seed an organisation once, when it is
 * created: behind its wall an organisation that is there already sets its own, so they are left
 * out (with a note), while a network's roles follow its blueprint. Problems only visible against the tree (a parent that is
 * not there, a slug taken by another kind of tenant, a code that would change) refuse the lot.
 */
@ApplicationScoped
class DefinitionPlanner {

  @Inject Tenants tenants;
  @Inject TenantModules tenantModules;
  @Inject ModuleRegistry registry;
  @Inject RoleSettings roleSettings;
  @Inject RolePermissions catalogue;

  Plan plan(Definitions d) {
    Run run = new Run();
    d.tenants().stream().sorted(Comparator.comparing(t -> t.type() == TenantType.NETWORK ? 0 : 1))
        .forEach(t -> run.tenant(t, d.blueprints().get(t.blueprint())));
    if (!run.problems.isEmpty()) {
      throw new DefinitionsRefused(run.problems);
    }
    return new Plan(List.copyOf(run.changes), List.copyOf(run.notes));
  }

  private final class Run {
    final List<DefinitionProblem> problems = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();
    final Set<String> notes = new LinkedHashSet<>();
    final Map<String, TenantType> created = new HashMap<>();

    void tenant(TenantDefinition def, Blueprint blueprint) {
      Optional<Tenant> parent = tenants.bySlug(def.parent());
      TenantType parentType = created.getOrDefault(def.parent(), parent.map(Tenant::getType).orElse(null));
      if (parentType == null) {
        problems.add(def.parentWhere().problem("no tenant '" + def.parent() + "' in the tree or in these files"));
        return;
      }
      if (!def.type().mayLiveUnder(parentType)) {
        problems.add(def.parentWhere().problem("a " + def.type().code() + " cannot live under a " + parentType.code()));
        return;
      }
      Optional<Tenant> existing = node(def.slug(), def.type(), parent, def.parent(), def.code(), def.names(), def.where());
      List<String> modules = installed(def.modules() != null ? def.modules() : blueprint.modules());
      for (String m : modules) {
        if (existing.isEmpty() || !tenantModules.isEnabled(existing.get(), m)) {
          changes.add(new Change.EnableModule(def.slug(), m));
        }
      }
      if (existing.isPresent() && def.type() == TenantType.ORGANISATION) {
        if (!blueprint.roles().isEmpty()) {
          notes.add("roles of " + def.slug() + " (" + def.where().file() + ":" + def.where().line() + "): an "
              + "organisation that is there sets its own roles; the blueprint's roles are left out");
        }
      } else {
        blueprint.roles().forEach((role, permissions) -> role(def.slug(), existing, role, permissions));
      }
      for (Chapter c : def.chapters()) {
        chapter(def, existing, c, modules);
      }
    }

    private void chapter(TenantDefinition org, Optional<Tenant> orgRow, Chapter c, List<String> orgModules) {
      Optional<Tenant> existing = node(c.slug(), TenantType.CHAPTER, orgRow, org.slug(), c.code(), c.names(), c.where());
      List<String> modules = orgModules;
      if (c.modules() != null) {
        for (ModuleRef m : c.modules()) {
          if (registry.has(m.id()) && !orgModules.contains(m.id())) {
            problems.add(m.where().problem("the organisation does not switch on '" + m.id() + "'; a chapter only uses "
                + "modules its organisation has"));
          }
        }
        modules = installed(c.modules());
      }
      for (String m : modules) {
        if (existing.isEmpty() || !tenantModules.isEnabled(existing.get(), m)) {
          changes.add(new Change.EnableModule(c.slug(), m));
        }
      }
    }

    /** The node with this slug if it is there (checked to be the same kind under the same parent), else a creation. */
    private Optional<Tenant> node(String slug, TenantType type, Optional<Tenant> parent, String parentSlug, String code,
        Names names, Where where) {
      Optional<Tenant> existing = tenants.bySlug(slug);
      if (existing.isEmpty()) {
        changes.add(new Change.CreateTenant(slug, type, parentSlug, names, code));
        created.put(slug, type);
        return existing;
      }
      Tenant t = existing.get();
      if (t.getType() != type || parent.isEmpty() || !parent.get().getId().equals(t.getParentId())) {
        problems.add(where.problem("the slug '" + slug + "' is taken by a " + t.getType().code()
            + " elsewhere in the tree; choose another"));
      } else if (code != null && !code.equals(t.getCode())) {
        problems.add(where.problem("the code of '" + slug + "' is " + t.getCode() + "; a code never changes once "
            + "member codes may carry it"));
      } else if (!t.getNameKm().equals(names.km()) || !t.getNameEn().equals(names.en())) {
        changes.add(new Change.Rename(slug, new Names(t.getNameKm(), t.getNameEn()), names));
      }
      return existing;
    }

    private void role(String slug, Optional<Tenant> existing, String role, List<PermissionRef> permissions) {
      Set<String> known = catalogue.catalogue().keySet();
      TreeSet<String> wanted = new TreeSet<>();
      for (PermissionRef p : permissions) {
        if (known.contains(p.name())) {
          wanted.add(p.name());
        } else {
          notes.add("permission " + p.name() + " (" + p.where().file() + ":" + p.where().line()
              + ") is not in this server's catalogue (its module is not installed): left out");
        }
      }
      Optional<Set<String>> now = existing.flatMap(t -> roleSettings.setAt(t.getId(), role));
      if (now.isEmpty() || !now.get().equals(wanted)) {
        changes.add(new Change.SetRole(slug, role, List.copyOf(wanted)));
      }
    }

    private List<String> installed(List<ModuleRef> modules) {
      List<String> out = new ArrayList<>();
      for (ModuleRef m : modules) {
        if (registry.has(m.id())) {
          out.add(m.id());
        } else {
          notes.add("module " + m.id() + " (" + m.where().file() + ":" + m.where().line() + ") is not installed here: "
              + "left out");
        }
      }
      return out;
    }
  }
}
