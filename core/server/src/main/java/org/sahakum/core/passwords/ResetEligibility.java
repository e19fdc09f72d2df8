package org.sahakum.core.passwords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.RoleGrant;
import org.sahakum.core.auth.RolePermissions;
import org.sahakum.core.auth.ShiroSecurity;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Whose password the caller may reset: a staff account (not a member's own login), not the
 * caller's, holding no permission the caller lacks anywhere its grants reach. Whoever resets a
 * password can log in with it once, so a reset must never let someone become more than they are.
 */
@ApplicationScoped
public class ResetEligibility {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject ShiroSecurity security;
  @Inject RolePermissions catalogue;

  /** Why the caller may not reset {@code target}'s password, or empty when they may. */
  Optional<String> refusal(CurrentCaller caller, Account target) {
    if (target.getId() == caller.requireLogin().accountId()) {
      return Optional.of("Use \"change my password\" for your own account.");
    }
    if (isMemberLogin(target)) {
      return Optional.of("This is a member's own login, not a staff account.");
    }
    BiPredicate<Long, String> targetHolds = security.judge(target);
    for (RoleGrant grant : accounts.grantsOf(target.getId())) {
      for (Tenant reached : reach(grant)) {
        for (String permission : catalogue.catalogue().keySet()) {
          if (targetHolds.test(reached.getId(), permission) && !caller.isPermitted(reached.getId(), permission)) {
            return Optional.of("This account holds permissions you do not hold; an admin who holds them all can reset it.");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The nodes where a grant may give something: inside the wall, its node and every node below (a
   * chapter's role settings may differ from its organisation's); above it, only its node, since
   * what it gives below is structural and follows from the node.
   */
  private List<Tenant> reach(RoleGrant grant) {
    return tenants.byId(grant.getTenantId())
        .map(t -> t.getType().holdsPersonalData() ? tenants.subtree(t) : List.of(t))
        .orElse(List.of());
  }

  private boolean isMemberLogin(Account account) {
    return !em.createQuery("SELECT m.id FROM Member m WHERE m.accountId = :a")
        .setParameter("a", account.getId()).setMaxResults(1).getResultList().isEmpty();
  }
}
