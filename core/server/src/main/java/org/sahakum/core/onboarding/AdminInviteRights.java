package org.sahakum.core.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.Delegation;
import org.sahakum.core.registration.Invites;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * Who may issue, see and withdraw admin invites at a tenant, in one place. Those who manage its
 * accounts ({@code account:create} there) see and withdraw {@code admin} invites, and
 * {@code first-admin} ones while the tenant has no account; only its admins issue them, since an
 * admin holds every permission and a caller gives only what it holds ({@link Delegation}).
 * Whoever created a network or an organisation ({@code tenant:create} at its parent) handles only
 * {@code first-admin} invites, and only while the tenant has no account: once it has one, the
 * creator learns that much and nothing more. A chapter's admins come from its organisation's admins.
 */
@RequestScoped
public class AdminInviteRights {
  static final String ONLY_ADMINS = "Only an admin here may invite an admin: an admin holds every permission, and "
      + "you may give only what you hold yourself.";
  static final String REFUSED = "This needs the permission account:create here (the tenant's creator may only "
      + "invite its first admin, while it has no account).";

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject Delegation delegation;

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
    // a chapter's creator is inside the wall: only an admin makes the chapter's admin there
    boolean creator = tenant.getType() != TenantType.CHAPTER && tenant.getParentId() != null
        && caller.isPermitted(tenant.getParentId(), "tenant:create");
    if (caller.isPermitted(tenant.getId(), "account:create")) {
      String issues = delegation.mayGive(tenant, "admin") ? Invites.ADMIN
          : !hasAccount && creator ? Invites.FIRST_ADMIN : null;
      return new Rights(issues,
          hasAccount ? Set.of(Invites.ADMIN) : Set.of(Invites.ADMIN, Invites.FIRST_ADMIN), hasAccount);
    }
    if (creator) {
      return hasAccount ? new Rights(null, Set.of(), true)
          : new Rights(Invites.FIRST_ADMIN, Set.of(Invites.FIRST_ADMIN), false);
    }
    throw new ForbiddenException(REFUSED);
  }

  /** The kind of invite the caller issues at {@code tenant} now; 403 saying why when it may not. */
  String toIssue(Tenant tenant) {
    String kind = at(tenant).issues();
    if (kind == null) {
      throw new ForbiddenException(caller.isPermitted(tenant.getId(), "account:create") ? ONLY_ADMINS : REFUSED);
    }
    return kind;
  }
}
