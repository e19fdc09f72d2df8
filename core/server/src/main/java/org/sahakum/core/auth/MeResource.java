package org.sahakum.core.auth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** Who is logged in: the account, its home tenant and what it may do there. */
@Path("auth/me")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class MeResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject RolePermissions catalogue;

  /** The logged-in account and its home tenant. */
  public record Me(long accountId, String username, String tenant, String tenantType, LocalizedText tenantNames,
      List<String> permissions) {}

  @GET
  public Me me() {
    AccountPrincipal who = caller.requireLogin();
    Tenant home = tenants.byId(who.homeTenantId()).orElseThrow();
    String username = accounts.activeById(who.accountId()).map(Account::getUsername).orElseThrow();
    return new Me(who.accountId(), username, home.getSlug(), home.getType().code(),
        new LocalizedText(home.getNameKm(), home.getNameEn()), caller.heldOf(home, catalogue.catalogue().keySet()));
  }
}
