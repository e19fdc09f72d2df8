package org.sahakum.core.auth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.passwords.PasswordPolicy;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/** Staff accounts of a tenant, created by its admin. */
@Path("t/{tenant}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class AccountResource {

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Sessions sessions;
  @Inject Delegation delegation;
  @Inject PasswordPolicy passwords;

  /** A new staff account; the tenant comes from the URL, never from the body. */
  public record NewAccount(
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "use 3 to 64 lower-case letters, digits, '.', '_' or '-'")
          String username,
      @NotNull @Size(min = 12, max = 1024, message = "must be 12 to 1024 characters") String password,
      @NotEmpty List<@NotNull String> roles) {}

  /** The account as answered: no password, no hash. */
  public record AccountView(long id, String tenant, String username, List<String> roles, String status) {}

  /**
   * Whoever may create a network or an organisation may give it its first account, an admin; after
   * that, and always at a chapter, only those with {@code account:create} there create accounts,
   * and only with roles whose permissions they hold there themselves ({@link Delegation}): an
   * account creator cannot mint an admin, nor a chapter's creator inside the wall.
   */
  private boolean firstAdminByCreator(Tenant tenant, NewAccount body) {
    return tenant.getType() != TenantType.CHAPTER
        && tenant.getParentId() != null && caller.isPermitted(tenant.getParentId(), "tenant:create")
        && !accounts.anyAt(tenant.getId()) && body.roles().equals(List.of("admin"));
  }

  @POST
  @Transactional
  public Response create(@PathParam("tenant") String slug, @NotNull @Valid NewAccount body) {
    Tenant tenant = caller.tenant(slug);
    boolean firstAdmin = firstAdminByCreator(tenant, body);
    if (!firstAdmin) {
      caller.require(tenant, "account:create");
    }
    Set<String> known = Set.copyOf(RolePermissions.ROLES);
    List<String> unknown = body.roles().stream().filter(r -> !known.contains(r)).toList();
    if (!unknown.isEmpty()) {
      throw new ClientErrorException("Unknown roles: " + unknown + ". Known roles: " + RolePermissions.ROLES, 400);
    }
    if (!firstAdmin) {
      delegation.requireMayGive(tenant, body.roles());
    }
    if (accounts.exists(tenant.getId(), body.username())) {
      throw new org.sahakum.api.Refusal(409, "username-taken", "username", "An account with this username already exists here.");
    }
    passwords.require("password", body.password(), body.username(), tenant);
    Account account = accounts.create(tenant.getId(), body.username(), body.password(), body.roles());
    audit.record(tenant.getId(), caller.requireLogin().accountId(), "account.created", "account", String.valueOf(account.getId()));
    return Response.status(201)
        .entity(new AccountView(account.getId(), tenant.getSlug(), account.getUsername(), List.copyOf(body.roles()),
            account.getStatus()))
        .build();
  }

  /** The tenant's accounts: usernames, roles held here, status. */
  @GET
  public List<AccountView> list(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "account:create");
    return accounts.at(tenant.getId()).stream()
        .map(a -> new AccountView(a.getId(), tenant.getSlug(), a.getUsername(),
            accounts.grantsOf(a.getId()).stream().filter(g -> g.getTenantId() == tenant.getId()).map(RoleGrant::getRole).toList(),
            a.getStatus()))
        .toList();
  }

  /** Disables an account and ends its sessions at once, on every server. */
  @POST
  @Path("{id}/disable")
  @Transactional
  public AccountView disable(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "account:disable");
    Account account = accounts.activeOrPendingById(id).filter(a -> a.getTenantId() == tenant.getId())
        .orElseThrow(() -> new NotFoundException("No such account here."));
    if (account.getId() == caller.requireLogin().accountId()) {
      throw new ClientErrorException("You cannot disable your own account.", 409);
    }
    account.disable();
    sessions.closeAll(account.getId());
    audit.record(tenant.getId(), caller.requireLogin().accountId(), "account.disabled", "account", String.valueOf(id));
    return new AccountView(account.getId(), tenant.getSlug(), account.getUsername(), List.of(), account.getStatus());
  }
}
