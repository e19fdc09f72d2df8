package org.sahakum.core.twostep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.RoleGrant;
import org.sahakum.core.auth.ShiroSecurity;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** Whether an account must enrol before it can use what it holds: for the app, after login. */
@ApplicationScoped
public class TwoStepStatus {

  @Inject TwoSteps twoSteps;
  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject ShiroSecurity security;

  /** True when the account is not enrolled and holds a guarded permission where it is required. */
  public boolean neededBy(long accountId) {
    if (twoSteps.enrolled(accountId)) {
      return false;
    }
    return requiredFor(accountId);
  }

  /** Whether some organisation where the account holds a guarded permission requires the second step. */
  public boolean requiredFor(long accountId) {
    Account account = accounts.anyById(accountId).orElse(null);
    if (account == null) {
      return false;
    }
    for (RoleGrant grant : accounts.grantsOf(accountId)) {
      Tenant at = tenants.byId(grant.getTenantId()).orElse(null);
      Tenant organisation = at == null ? null : tenants.organisationOf(at).orElse(null);
      if (organisation == null || !twoSteps.requiredAt(organisation.getId())) {
        continue;
      }
      for (String permission : TwoStepGate.GUARDED) {
        if (security.wouldHoldOnceEnrolled(account, at.getId(), permission)) {
          return true;
        }
      }
    }
    return false;
  }
}
