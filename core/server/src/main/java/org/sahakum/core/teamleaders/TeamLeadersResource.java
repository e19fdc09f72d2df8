package org.sahakum.core.teamleaders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * {@code GET /api/t/{org}/team-leaders}: each chapter with its team leaders and the chapters with
 * none, for holders of {@code team-leader:read} at the organisation. At a chapter: 404 (the
 * organisation keeps the picture); another organisation is no tenant at all (404).
 */
@Path("t/{tenant}/team-leaders")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class TeamLeadersResource {
  static final String PERMISSION = "team-leader:read";

  @Inject CurrentCaller caller;
  @Inject TeamLeaders teamLeaders;

  @GET
  public TeamLeaders.Picture list(@PathParam("tenant") String slug) {
    Tenant org = caller.tenant(slug);
    caller.require(org, PERMISSION);
    if (org.getType() != TenantType.ORGANISATION) {
      throw new NotFoundException("Team leaders are listed at the organisation, for all of its chapters.");
    }
    return teamLeaders.of(org);
  }
}
