package org.sahakum.core.modules;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/** The installed modules, and the plugin files that failed to load, for the platform operator. */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class ModulesResource {

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;

  /** An installed module. */
  public record ModuleView(String id, String version, LocalizedText names, LocalizedText descriptions,
      List<PermissionDefinition> permissions) {}

  @GET
  public List<ModuleView> list() {
    requireOperator();
    return registry.all().stream()
        .map(m -> new ModuleView(m.id(), m.version(), m.module().name(), m.module().description(), m.module().permissions()))
        .toList();
  }

  /** The plugin files left out at start, each with its reason. */
  @GET
  @Path("failures")
  public List<FailedPlugin> failures() {
    requireOperator();
    return registry.failures();
  }

  private void requireOperator() {
    caller.requireLogin();
    if (!caller.isPermitted(Tenant.PLATFORM_ID, "platform:modules:read")) {
      throw new jakarta.ws.rs.ForbiddenException("Only the platform operator lists installed modules.");
    }
  }
}
