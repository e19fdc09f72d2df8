package org.sahakum.core.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Which permissions of the catalogue the caller holds at a tenant, so that the web app shows only
 * what will work. It reveals nothing the caller could not find out by trying.
 */
@Path("t/{tenant}/permissions")
@Produces(MediaType.APPLICATION_JSON)
public class MyPermissionsResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject RolePermissions catalogue;

  /** The caller's permissions at one tenant. */
  public record Mine(String tenant, List<String> permissions) {}

  @GET
  public Mine mine(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    return new Mine(tenant.getSlug(), caller.heldOf(tenant, catalogue.catalogue().keySet()));
  }
}
