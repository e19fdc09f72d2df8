package org.sahakum.core.definitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.RoleSettings;
import org.sahakum.core.definitions.Definitions.Names;
import org.sahakum.core.modules.TenantModules;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantCreation;
import org.sahakum.core.tenancy.Tenants;

/**
 * Applies definition files to the tree: read, compare, then (unless a dry run) make every change
 * in one transaction through the services the calls use, each change on the audit trail of the
 * tenant it touches. Refused files change nothing. The caller has checked that the actor is the
 * platform operator.
 */
@ApplicationScoped
public class TenantDefinitions {

  @Inject DefinitionPlanner planner;
  @Inject TenantCreation creation;
  @Inject Tenants tenants;
  @Inject TenantModules tenantModules;
  @Inject RoleSettings roleSettings;
  @Inject AuditLog audit;

  /** What was (or, in a dry run, would be) changed, and what was left out on purpose. */
  public record Outcome(boolean applied, List<String> changes, List<String> notes) {}

  /** @throws DefinitionsRefused with every problem found; nothing is changed then */
  @Transactional
  public Outcome apply(List<DefinitionFile> files, boolean dryRun, long actor) {
    Plan plan = planner.plan(DefinitionReader.read(files));
    List<String> described = plan.changes().stream().map(Change::describe).toList();
    if (dryRun || plan.changes().isEmpty()) {
      return new Outcome(false, described, plan.notes());
    }
    for (Change change : plan.changes()) {
      make(change, actor);
    }
    audit.record(Tenant.PLATFORM_ID, actor, "tenants.applied", "definitions", String.valueOf(plan.changes().size()));
    return new Outcome(true, described, plan.notes());
  }

  private void make(Change change, long actor) {
    if (change instanceof Change.CreateTenant c) {
      creation.create(node(c.parent()), c.tenant(), c.type(), c.names().km(), c.names().en(), c.code(), actor);
      return;
    }
    Tenant t = node(change.tenant());
    if (change instanceof Change.Rename r) {
      Names to = r.to();
      tenants.lockForChange(t).rename(to.km(), to.en());
      audit.record(t.getId(), actor, "tenant.renamed", "tenant", t.getSlug());
    } else if (change instanceof Change.EnableModule m) {
      tenantModules.set(t.getId(), m.module(), true);
      audit.record(t.getId(), actor, "module.enabled", "module", m.module());
    } else if (change instanceof Change.SetRole r) {
      roleSettings.set(t.getId(), r.role(), r.permissions(), actor);
      audit.record(t.getId(), actor, "role.changed", "role", r.role());
    }
  }

  private Tenant node(String slug) {
    return tenants.bySlug(slug).orElseThrow(() -> new IllegalStateException("planned tenant missing: " + slug));
  }
}
