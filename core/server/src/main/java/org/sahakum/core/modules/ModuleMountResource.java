package org.sahakum.core.modules;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * Mounts each module at {@code /api/t/{tenant}/{module}}. Unknown tenants, tenants the caller
 * cannot reach, unknown modules and modules the tenant has not switched on all answer 404.
 */
@Path("t/{tenant}")
public class ModuleMountResource {

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject ModuleRequest moduleRequest;

  @Path("{module}")
  public Object mount(@PathParam("tenant") String slug, @PathParam("module") String moduleId) {
    Tenant tenant = caller.tenant(slug);
    LoadedModule module = registry.find(moduleId)
        .filter(m -> tenantModules.isEnabled(tenant.getId(), m.id()))
        .orElseThrow(() -> new NotFoundException("This module is not enabled here."));
    return moduleRequest.open(tenant, module);
  }
}
