package org.sahakum.core.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.Sessions;

/**
 * Suspends a tenant and everything below it (an unpaid or abandoned tenant, an operator's
 * decision): nobody there can log in, open sessions end, the data stays. An organisation's admin
 * suspends its chapters; only the platform operator suspends an organisation or a network, so a
 * network never shuts out the organisations it serves, and no admin locks themselves out.
 */
@Path("tenants/{slug}/suspension")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class TenantSuspensionResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Sessions sessions;
  @Inject AuditLog audit;

  /** The tenant's standing after the call. */
  public record Standing(String tenant, String status) {}

  @PUT
  @Transactional
  public Standing suspend(@PathParam("slug") String slug) {
    Tenant tenant = fromAbove(slug);
    Tenant row = tenants.lockForChange(tenant);
    if (!row.isSuspended()) {
      try {
        row.suspend();
      } catch (IllegalStateException e) {
        throw new ClientErrorException("This tenant is locked down; lift the lockdown before suspending it.", 409);
      }
      List<Long> below = tenants.subtree(row).stream().map(Tenant::getId).toList();
      sessions.closeAllAt(below);
      audit.record(row.getParentId(), caller.requireLogin().accountId(), "tenant.suspended", "tenant", slug);
    }
    return new Standing(slug, row.getStatus());
  }

  @DELETE
  @Transactional
  public Standing resume(@PathParam("slug") String slug) {
    Tenant row = tenants.lockForChange(fromAbove(slug));
    if (!row.isSuspended()) {
      throw new ClientErrorException("This tenant is not suspended.", 409);
    }
    row.resume();
    audit.record(row.getParentId(), caller.requireLogin().accountId(), "tenant.resumed", "tenant", slug);
    return new Standing(slug, row.getStatus());
  }

  private Tenant fromAbove(String slug) {
    Tenant tenant = caller.tenant(slug);
    if (tenant.getParentId() == null) {
      throw new ClientErrorException("The platform cannot be suspended.", 409);
    }
    Tenant decider = tenant.getType() == TenantType.CHAPTER ? tenants.byId(tenant.getParentId()).orElseThrow()
        : tenants.byId(Tenant.PLATFORM_ID).orElseThrow();
    caller.require(decider, "tenant:manage");
    return tenant;
  }
}
