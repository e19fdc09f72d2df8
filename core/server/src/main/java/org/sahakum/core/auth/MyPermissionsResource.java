package org.sahakum.core.auth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.members.Members;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Which permissions of the catalogue the caller holds at a tenant, so that the web app shows only
 * what will work. It reveals nothing the caller could not find out by trying.
 */
@Path("t/{tenant}/permissions")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class MyPermissionsResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject RolePermissions catalogue;
  @Inject Members members;

  /**
   * The caller's permissions at one tenant, and whether the caller is a member of its organisation (the web app
   * shows a member's own screens, such as "my dues", to members only).
   */
  public record Mine(String tenant, List<String> permissions, boolean member) {}

  @GET
  public Mine mine(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    long account = caller.requireLogin().accountId();
    boolean member = tenants.organisationOf(tenant).map(org -> members.isMember(org.getId(), account)).orElse(false);
    return new Mine(tenant.getSlug(), caller.heldOf(tenant, catalogue.catalogue().keySet()), member);
  }
}
