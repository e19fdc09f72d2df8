package org.sahakum.core.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.passwords.PasswordPolicy;
import org.sahakum.core.registration.Invite;
import org.sahakum.core.registration.Invites;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code POST /api/t/{tenant}/admin-invites} issues a one-time invite for an admin of the tenant
 * (its code shown once, valid 7 days); {@code GET} lists the open ones and {@code DELETE .../{id}}
 * withdraws one at once, for whoever may issue them ({@link AdminInviteRights});
 * {@code POST .../admin-invites/accept} lets the invitee choose a login and become that admin,
 * without being logged in.
 */
@Path("t/{tenant}/admin-invites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class AdminInviteResource {
  static final Duration VALID_FOR = Duration.ofDays(7);
  private static final String INVALID = "This invite is not valid (wrong, used, withdrawn or expired).";

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject Invites invites;
  @Inject AuditLog audit;
  @Inject AdminInviteRights rights;
  @Inject PasswordPolicy passwords;

  /** The code, shown only now, and until when it can be used; {@code id} is the one the list and withdrawal use. */
  public record IssuedAdminInvite(long id, String tenant, String kind, String code, Instant expiresAt) {}

  /** The invitee's chosen login. */
  public record Acceptance(
      @NotNull @Size(min = 12, max = 12) @Pattern(regexp = "[A-Za-z0-9]*", message = "an invite code") String code,
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "use 3 to 64 lower-case letters, digits, '.', '_' or '-'")
          String username,
      @NotNull @Size(min = 12, max = 1024, message = "must be 12 to 1024 characters") String password) {}

  /** The new admin account: no password, no hash. */
  public record NewAdmin(String tenant, String username, List<String> roles) {}

  @POST
  @Transactional
  public Response issue(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    long actor = caller.requireLogin().accountId();
    String kind = rights.toIssue(tenant);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant expires = now.plus(VALID_FOR);
    Invites.Issued issued = invites.issue(tenant.getId(), kind, expires, 1, actor, now);
    audit.record(tenant.getId(), actor, "invite.admin.created", "invite", String.valueOf(issued.id()));
    return Response.status(201).entity(new IssuedAdminInvite(issued.id(), tenant.getSlug(), kind, issued.code(), expires))
        .build();
  }

  @GET
  public OpenAdminInvites list(@PathParam("tenant") String slug) {
    Tenant tenant = caller.tenant(slug);
    AdminInviteRights.Rights mine = rights.at(tenant);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<OpenAdminInvites.Open> open = invites.open(tenant.getId(), mine.handles(), now).stream()
        .map(i -> new OpenAdminInvites.Open(i.getId(), i.kind(), i.getCreatedAt(), i.getExpiresAt(), issuer(i.getCreatedBy())))
        .toList();
    return new OpenAdminInvites(tenant.getSlug(), mine.hasAccount(), mine.issues() != null, open);
  }

  @DELETE
  @Path("{id}")
  @Transactional
  public Response withdraw(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Tenant tenant = caller.tenant(slug);
    long actor = caller.requireLogin().accountId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Invite invite = invites.openById(tenant.getId(), id, rights.at(tenant).handles(), now)
        .orElseThrow(() -> new NotFoundException("No open admin invite with this id here (used, expired or withdrawn "
            + "already?)."));
    invite.revoke();
    audit.record(tenant.getId(), actor, "invite.admin.withdrawn", "invite", String.valueOf(id));
    return Response.noContent().build();
  }

  @POST
  @Path("accept")
  @Transactional
  public Response accept(@PathParam("tenant") String slug, @NotNull @Valid Acceptance body) {
    Tenant tenant = tenants.bySlug(slug).orElseThrow(() -> new NotFoundException(INVALID));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Invite invite = invites.usable(tenant.getId(), body.code(), now, Invites.ADMIN, Invites.FIRST_ADMIN)
        .orElseThrow(() -> new NotFoundException(INVALID));
    if (Invites.FIRST_ADMIN.equals(invite.kind()) && accounts.anyAt(tenant.getId())) {
      throw new NotFoundException(INVALID);
    }
    if (tenants.refusesLogins(tenant.getId())) {
      throw new ClientErrorException("This tenant is suspended or locked down; the invite can be used once it is "
          + "active again.", 409);
    }
    if (accounts.exists(tenant.getId(), body.username())) {
      throw new org.sahakum.api.Refusal(409, "username-taken", "username", "This username is taken here; please choose another.");
    }
    passwords.require("password", body.password(), body.username(), tenant);
    Account account = accounts.create(tenant.getId(), body.username(), body.password(), List.of("admin"));
    invite.use();
    audit.record(tenant.getId(), account.getId(), "invite.admin.accepted", "account", String.valueOf(account.getId()));
    return Response.status(201).entity(new NewAdmin(tenant.getSlug(), account.getUsername(), List.of("admin"))).build();
  }

  /** The issuer's id, and its username only where the caller manages that account's tenant. */
  private OpenAdminInvites.Issuer issuer(long accountId) {
    String username = accounts.anyById(accountId)
        .filter(a -> caller.isPermitted(a.getTenantId(), "account:create"))
        .map(Account::getUsername).orElse(null);
    return new OpenAdminInvites.Issuer(accountId, username);
  }
}
