package org.sahakum.core.twostep;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/** An organisation's choice to require the second step of staff who hold sensitive permissions. */
@Path("t/{tenant}/two-step-requirement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class TwoStepRequirementResource {

  @Inject CurrentCaller caller;
  @Inject TwoSteps twoSteps;
  @Inject AuditLog audit;

  /** Whether the organisation requires the second step. */
  public record Requirement(@NotNull Boolean required) {}

  @GET
  public Requirement get(@PathParam("tenant") String slug) {
    Tenant organisation = organisation(slug);
    return new Requirement(twoSteps.requiredAt(organisation.getId()));
  }

  @PUT
  @Transactional
  public Requirement set(@PathParam("tenant") String slug, @NotNull @Valid Requirement body) {
    Tenant organisation = organisation(slug);
    if (twoSteps.require(organisation.getId(), body.required())) {
      audit.record(organisation.getId(), caller.requireLogin().accountId(),
          body.required() ? "two-step.required" : "two-step.not-required", "tenant", String.valueOf(organisation.getId()));
    }
    return new Requirement(body.required());
  }

  private Tenant organisation(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "tenant:manage");
    if (tenant.getType() != TenantType.ORGANISATION) {
      throw new ClientErrorException("Only an organisation chooses this; its chapters follow it.", 409);
    }
    return tenant;
  }
}
