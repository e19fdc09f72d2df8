package org.sahakum.core.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.registration.Invites;
import org.sahakum.core.tenancy.Tenant;

/**
 * Who may issue, see and withdraw admin invites at a tenant, in one place. Its own admins
 * ({@code account:create} there) handle {@code admin} invites, and {@code first-admin} ones while
 * the tenant has no account. Whoever created the tenant ({@code tenant:create} at its parent)
 * handles only {@code first-admin} invites, and only while the tenant has no account: once it has
 * one, the creator learns that much and nothing more.
 */
@RequestScoped
public class AdminInviteRights {
  static final String REFUSED = "This needs the permission account:create here (the tenant's creator may only "
      + "invite its first admin, while it has no account).";

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;

  /**
   * What the caller may do with admin invites at {@code tenant}.
   *
   * @param issues the kind of invite an issue would make now, or null if the caller may not issue one
   * @param handles the kinds of open invites the caller sees and may withdraw
   * @param hasAccount whether the tenant has any account (its first admin came in)
   */
  public record Rights(String issues, Set<String> handles, boolean hasAccount) {}

  /** The caller's rights at {@code tenant}; 403 when it is neither the tenant's admin nor its creator. */
  Rights at(Tenant tenant) {
    boolean hasAccount = accounts.anyAt(tenant.getId());
    if (caller.isPermitted(tenant.getId(), "account:create")) {
      return new Rights(Invites.ADMIN,
          hasAccount ? Set.of(Invites.ADMIN) : Set.of(Invites.ADMIN, Invites.FIRST_ADMIN), hasAccount);
    }
    if (tenant.getParentId() != null && caller.isPermitted(tenant.getParentId(), "tenant:create")) {
      return hasAccount ? new Rights(null, Set.of(), true)
          : new Rights(Invites.FIRST_ADMIN, Set.of(Invites.FIRST_ADMIN), false);
    }
    throw new ForbiddenException(REFUSED);
  }
}
