package org.sahakum.core.twostep;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * An admin switches off the second step of an account of the tenant whose phone and recovery codes
 * are lost; the person then logs in with the password and sets it up again. Audited.
 */
@Path("t/{tenant}/accounts/{id}/two-step")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class TwoStepResetResource {

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject TwoSteps twoSteps;

  @POST
  @Path("disable")
  public TwoStepResource.State disable(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "account:disable");
    Account account = accounts.anyById(id).filter(a -> a.getTenantId() == tenant.getId())
        .orElseThrow(() -> new NotFoundException("No such account here."));
    twoSteps.disable(account.getId(), tenant.getId(), caller.requireLogin().accountId());
    return new TwoStepResource.State(false, false, 0);
  }
}
