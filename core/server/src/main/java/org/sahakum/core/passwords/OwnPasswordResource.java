package org.sahakum.core.passwords;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.AccountPrincipal;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.PasswordHasher;
import org.sahakum.core.auth.Sessions;
import org.sahakum.core.platform.Problem;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code POST /api/auth/password}: the logged-in account changes its own password. The current
 * one is required (a token alone never sets a password); the new one must pass the
 * {@link PasswordPolicy}. Every other session of the account ends; this one stays. Audited.
 */
@Path(OwnPasswordResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class OwnPasswordResource {
  static final String PATH = "auth/password";
  static final String WRONG_CURRENT = "password-current-wrong";

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject Sessions sessions;
  @Inject AuditLog audit;
  @Inject WrongCurrentPasswords wrongGuesses;

  /** The current password and the new one. */
  public record Change(
      @NotNull @Size(min = 1, max = 1024) String currentPassword,
      @NotNull @Size(min = 12, max = 1024, message = "must be 12 to 1024 characters") String newPassword) {}

  @POST
  @Transactional(dontRollbackOn = NotAuthorizedException.class)
  public Response change(@NotNull @Valid Change body) {
    AccountPrincipal who = caller.requireLogin();
    Account account = accounts.activeById(who.accountId()).orElseThrow(() -> new NotAuthorizedException("Log in first.",
        "Bearer"));
    if (!hasher.verify(body.currentPassword(), account.getPasswordHash())) {
      if (wrongGuesses.tooMany(account.getId())) {
        // guessing goes back through the login, and its throttle
        sessions.closeAll(account.getId());
        throw new NotAuthorizedException("Too many wrong passwords: log in again.", "Bearer");
      }
      return Problem.coded(Response.Status.BAD_REQUEST, "currentPassword: this is not your current password.",
          WRONG_CURRENT, "currentPassword");
    }
    wrongGuesses.forget(account.getId());
    if (body.newPassword().equals(body.currentPassword())) {
      throw new PasswordRefused("newPassword", Weakness.UNCHANGED);
    }
    Tenant home = tenants.byId(account.getTenantId()).orElseThrow();
    policy.require("newPassword", body.newPassword(), account.getUsername(), home);
    account.replacePassword(hasher.hash(body.newPassword()), false);
    caller.endOtherSessions(sessions);
    audit.record(home.getId(), account.getId(), "account.password.changed", "account", String.valueOf(account.getId()));
    return Response.noContent().build();
  }
}
