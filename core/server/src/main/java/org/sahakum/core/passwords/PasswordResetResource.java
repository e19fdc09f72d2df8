package org.sahakum.core.passwords;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.AdminAccount;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.PasswordHasher;
import org.sahakum.core.auth.Sessions;
import org.sahakum.core.tenancy.Tenant;

/**
 * {@code POST /api/t/{tenant}/accounts/{id}/password-reset}: an admin who manages accounts here
 * gives a staff account of this tenant a temporary password, answered once. The account's
 * sessions end, and at its next login it may only choose a new password
 * ({@link PasswordChangeGate}). Never across the wall (the tenant check answers 404), never for
 * an account that holds more than the admin ({@link ResetEligibility}). Audited.
 */
@Path("t/{tenant}/accounts/{id}/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class PasswordResetResource {

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Sessions sessions;
  @Inject AuditLog audit;
  @Inject ResetEligibility eligibility;

  /** The temporary password, shown only now; the holder must change it at the next login. */
  public record TemporaryPassword(long accountId, String username, String temporaryPassword) {}

  @POST
  @Transactional
  public TemporaryPassword reset(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "account:create");
    Account account = accounts.activeById(id).filter(a -> a.getTenantId() == tenant.getId())
        .orElseThrow(() -> new NotFoundException("No such active account here."));
    eligibility.refusal(caller, account).ifPresent(reason -> {
      throw new ForbiddenException(reason);
    });
    String temporary = AdminAccount.generatePassword();
    account.replacePassword(hasher.hash(temporary), true);
    sessions.closeAll(account.getId());
    audit.record(tenant.getId(), caller.requireLogin().accountId(), "account.password.reset", "account", String.valueOf(id));
    return new TemporaryPassword(account.getId(), account.getUsername(), temporary);
  }
}
