package org.sahakum.bench.startupfloor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /startup-floor/tenants}: the slugs as JSON (JSON-B); bench/startup.sh waits for it. */
@Path("tenants")
@RequestScoped
public class TenantsResource {
  @Inject Tenants tenants;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(50) int limit) {
    List<String> slugs = tenants.slugs();
    return slugs.subList(0, Math.min(limit, slugs.size()));
  }
}
