package org.sahakum.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * Mounts each module at {@code /api/t/{tenant}/{module}}. Unknown tenants, tenants the caller
 * cannot reach, unknown modules and modules the tenant has not switched on (or, at a chapter, its
 * organisation has switched off) all answer 404. Only
 * grants inside the organisation's wall open a module ({@code modules:use}): a network or
 * platform admin who can see the tenant still cannot enter its modules, whatever a module forgets
 * to check. One instance serves every request (its fields are shared beans or request-scoped proxies).
 */
@ApplicationScoped
@Path("t/{tenant}")
public class ModuleMountResource {

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleRequest moduleRequest;

  @Path("{module}")
  public Object mount(@PathParam("tenant") String slug, @PathParam("module") String moduleId,
      @Context Request request) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "modules:use");
    LoadedModule module = registry.find(moduleId)
        // the switches move the security epoch (V19_10), so the caller's memo may keep the answer
        .filter(m -> caller.remembered("module-on:" + tenant.getId() + ":" + m.id(),
            () -> tenantModules.isEnabled(tenant, m.id())))
        .orElseThrow(() -> new NotFoundException("This module is not enabled here."));
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    return moduleRequest.open(tenant, module, read);
  }
}
