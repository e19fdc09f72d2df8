package org.sahakum.core.definitions;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code POST /api/platform/tenant-definitions}: the platform operator applies definition files
 * (or, with {@code dryRun}, sees what applying them would change). A refused file answers 400
 * naming file, line and field of each problem, and changes nothing.
 */
@Path("platform/tenant-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class TenantDefinitionsResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject TenantDefinitions definitions;

  /** One file: the name problems are reported under, and its YAML text. */
  public record File(
      @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}", message = "a file name without folders") String name,
      @NotNull @Size(min = 1, max = 10_000) String text) {}

  /** The files to apply together, and whether only to show the difference. */
  public record Apply(@NotNull Boolean dryRun, @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid File> files) {}

  @POST
  public TenantDefinitions.Outcome apply(@NotNull @Valid Apply body) {
    long actor = caller.requireLogin().accountId();
    caller.require(tenants.byId(Tenant.PLATFORM_ID).orElseThrow(), "tenant:define");
    return definitions.apply(body.files().stream().map(f -> new DefinitionFile(f.name(), f.text())).toList(),
        body.dryRun(), actor);
  }
}
