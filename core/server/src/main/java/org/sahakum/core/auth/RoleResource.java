package org.sahakum.core.auth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The roles of a tenant and the permissions each holds there; its admins may change them. A role
 * can be given only permissions the caller holds there ({@link Delegation}), and a setting counts
 * only on its own side of an organisation's wall ({@link RoleSettings}): a network's admin sets
 * the network's roles, never an organisation's.
 */
@Path("t/{tenant}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class RoleResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject RolePermissions defaults;
  @Inject RoleSettings settings;
  @Inject AuditLog audit;
  @Inject Delegation delegation;

  /** A role as it stands here; {@code setAt} names the tenant whose setting is in force, or null for the defaults. */
  public record RoleView(String role, Set<String> permissions, String setAt, boolean editable) {}

  /** The roles, and every permission there is to give, with what each allows. */
  /** The roles here; {@code catalogue} describes each permission in English, {@code descriptions} in Khmer and English. */
  public record Roles(List<RoleView> roles, Map<String, String> catalogue,
      Map<String, org.sahakum.api.LocalizedText> descriptions) {}

  /** A role's new permission set. */
  public record NewPermissions(
      @NotNull @Size(max = 200) List<@NotNull @Size(min = 1, max = 100)
          @Pattern(regexp = "[a-z0-9:*-]+", message = "a permission name") String> permissions) {}

  @GET
  public Roles list(@PathParam("tenant") String slug) {
    Tenant tenant = manageable(slug);
    List<Tenant> path = RoleSettings.ownSide(tenants.pathToRoot(tenant));
    List<RoleSetting> along = settings.along(path);
    List<RoleView> views = RolePermissions.ROLES.stream().map(role -> {
      String setAt = null;
      for (Tenant node : path) {
        if (along.stream().anyMatch(s -> s.tenantId() == node.getId() && s.role().equals(role))) {
          setAt = node.getSlug();
          break;
        }
      }
      return new RoleView(role, new TreeSet<>(RoleSettings.effective(role, path, along, defaults)),
          "admin".equals(role) ? null : setAt, !"admin".equals(role));
    }).toList();
    return new Roles(views, defaults.catalogue(), defaults.names());
  }

  @PUT
  @Path("{role}")
  @Transactional
  public RoleView change(@PathParam("tenant") String slug, @PathParam("role") String role,
      @NotNull @Valid NewPermissions body) {
    Tenant tenant = manageable(slug);
    editableRole(role);
    Set<String> known = defaults.catalogue().keySet();
    List<String> unknown = body.permissions().stream().filter(p -> !known.contains(p)).toList();
    if (!unknown.isEmpty()) {
      throw new BadRequestException("permissions: not in the catalogue: " + String.join(", ", unknown));
    }
    delegation.requireHeld(tenant, body.permissions(), role);
    long actor = caller.requireLogin().accountId();
    settings.put(tenant.getId(), role, body.permissions(), actor);
    audit.record(tenant.getId(), actor, "role.changed", "role", role);
    return new RoleView(role, new TreeSet<>(body.permissions()), slug, true);
  }

  /**
   * Drops this tenant's setting: the role holds again what the nodes above on this side of the
   * wall (or the defaults) give it, which the caller must hold too, else nothing changes.
   */
  @DELETE
  @Path("{role}")
  @Transactional
  public Roles reset(@PathParam("tenant") String slug, @PathParam("role") String role) {
    Tenant tenant = manageable(slug);
    editableRole(role);
    if (settings.remove(tenant.getId(), role)) {
      delegation.requireHeld(tenant, settings.heldAt(tenant, role), role);
      audit.record(tenant.getId(), caller.requireLogin().accountId(), "role.reset", "role", role);
    }
    return list(slug);
  }

  private Tenant manageable(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "role:manage");
    return tenant;
  }

  private static void editableRole(String role) {
    if (!RolePermissions.ROLES.contains(role)) {
      throw new NotFoundException("No such role. The roles are " + String.join(", ", RolePermissions.ROLES) + ".");
    }
    if ("admin".equals(role)) {
      throw new ClientErrorException("The admin role always holds every permission, so that a tenant can never lock "
          + "its admins out.", 409);
    }
  }
}
