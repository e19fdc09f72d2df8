package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Which permissions each role holds. The core's own defaults are here; each module's defaults
 * join when it loads.
 */
@ApplicationScoped
public class RolePermissions {

  public static final List<String> ROLES =
      List.of("admin", "organiser", "paralegal", "health-worker", "teacher", "treasurer", "team-leader", "member");

  /** Permissions that a grant at a platform or network node also holds on the nodes below it. */
  static final Set<String> STRUCTURAL = Set.of("tenant:read", "tenant:create");

  private final Map<String, Set<String>> byRole = new ConcurrentHashMap<>();
  private final Map<String, String> catalogue = new ConcurrentHashMap<>();
  private final Map<String, org.sahakum.api.LocalizedText> names = new ConcurrentHashMap<>();
  /** Moves whenever a permission joins the roles' defaults: answers judged before are stale (see {@link PermissionMemo#answer}). */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  public RolePermissions() {
    ROLES.forEach(r -> byRole.put(r, new CopyOnWriteArraySet<>()));
    byRole.get("admin").add("*");
    declare("tenant:read", "See the tenant, its children and its modules",
        "organiser", "paralegal", "health-worker", "teacher", "treasurer", "team-leader", "member");
    declare("tenant:create", "Create tenants below this one");
    declare("tenant:define", "Apply tenant definition files (blueprints, organisations, networks) to the tree");
    declare("tenant:manage", "Rename this tenant; suspend or resume its chapters (the platform: organisations and networks)");
    // never structural: a platform or network grant cannot open a module below the wall
    declare("modules:use", "Open the modules this tenant has switched on (each module checks its own permissions too)",
        "organiser", "paralegal", "health-worker", "teacher", "treasurer", "team-leader", "member");
    declare("tenant:modules:manage", "Switch modules on or off for this tenant");
    declare("account:create", "Create staff accounts and list the accounts here");
    declare("tenant:lockdown", "Lock a chapter down, or take part in lifting a lockdown");
    declare("account:disable", "Disable an account, ending its sessions");
    declare("audit:read", "Read the audit trail");
    declare("keys:rotate", "See the organisation's data key version and rotate it");
    declare("role:manage", "Choose which permissions each role holds here and below");
    declare("platform:modules:read", "List the installed modules");
    declare("indicator:publish", "Choose which indicators (counts, small ones suppressed) this organisation publishes to its network");
    declare("network:dashboard:read", "See the indicators this network's organisations publish");
    declare("team-leader:read", "See who leads each chapter as team leader, and the chapters where nobody does",
        "organiser");
    declare("member:read", "See the member register (codes and working names)", "organiser", "team-leader");
    declare("member:write", "Add members to the register and correct their working names and chapters", "organiser");
    declare("invite:manage", "Create, list and withdraw invites", "organiser", "team-leader");
    declare("member:approve", "Approve or reject registrations", "organiser", "team-leader");
    declare("member:export", "Download the register (codes and working names) as a spreadsheet");
    declare("member:erase", "Erase a member on their request: identity, login and every module's rows");
    declare("member:identity:read", "Reveal a member's legal name, phone, date of birth and ID number");
  }

  /** Adds a core permission (its Khmer description from {@link CorePermissionNames}) and its default roles. */
  private void declare(String permission, String description, String... defaultRoles) {
    declare(permission, new org.sahakum.api.LocalizedText(CorePermissionNames.KM.get(permission), description), defaultRoles);
  }

  /** Adds a permission to the catalogue, with its description in Khmer and English, and to the roles that hold it by default. */
  public void declare(String permission, org.sahakum.api.LocalizedText description, String... defaultRoles) {
    catalogue.put(permission, description.en());
    names.put(permission, description);
    for (String role : defaultRoles) {
      byRole.computeIfAbsent(role, r -> new CopyOnWriteArraySet<>()).add(permission);
    }
    generation.incrementAndGet();
  }

  /** How often the defaults have grown; read before judging, so a judgement never outlives the defaults it saw. */
  long generation() {
    return generation.get();
  }

  public Set<String> of(String role) {
    return byRole.getOrDefault(role, Set.of());
  }

  public Map<String, String> catalogue() {
    return Map.copyOf(catalogue);
  }

  /** Each permission's description in Khmer and English. */
  public Map<String, org.sahakum.api.LocalizedText> names() {
    return Map.copyOf(names);
  }
}
