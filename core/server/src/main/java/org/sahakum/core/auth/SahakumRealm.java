package org.sahakum.core.auth;

import jakarta.enterprise.inject.Vetoed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;
import org.sahakum.core.twostep.TwoStepGate;

/**
 * Accounts from the database, argon2id passwords, and the rule of reach: a grant at a node covers
 * that node; at an organisation or chapter it covers the nodes below; at the platform or a network
 * it covers the nodes below only for structural permissions (seeing and creating tenants), never
 * an organisation's data.
 */
@Vetoed
public class SahakumRealm extends AuthorizingRealm {

  private final PasswordHasher hasher;
  private final Tenants tenants;
  private final RolePermissions roles;
  private final Accounts accounts;
  private final RoleSettings settings;
  private final TwoStepGate twoStep;

  SahakumRealm(PasswordHasher hasher, Tenants tenants, RolePermissions roles, Accounts accounts, RoleSettings settings,
      TwoStepGate twoStep) {
    this.twoStep = twoStep;
    this.hasher = hasher;
    this.tenants = tenants;
    this.roles = roles;
    this.accounts = accounts;
    this.settings = settings;
    setName("sahakum");
    setAuthorizationCachingEnabled(false);
    setAuthenticationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof TenantLoginToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    TenantLoginToken login = (TenantLoginToken) token;
    String password = new String(login.getPassword());
    Optional<Account> account = accounts.byLogin(login.tenantId(), login.getUsername());
    boolean lockedDown = account.isPresent() && tenants.refusesLogins(account.get().getTenantId());
    try {
      if (account.isEmpty() || !account.get().isActive() || lockedDown) {
        hasher.verifyAgainstDummy(password);
        throw new AuthenticationException("login failed");
      }
      if (!hasher.verify(password, account.get().getPasswordHash())) {
        throw new AuthenticationException("login failed");
      }
    } catch (jakarta.ws.rs.ServiceUnavailableException busy) {
      // an AuthenticationException, so that Shiro does not log the token (with its username) as an
      // unexpected error; ShiroSecurity answers the 503 it carries
      throw new AuthenticationException("the password check queue is full", busy);
    }
    AccountPrincipal principal = new AccountPrincipal(account.get().getId(), account.get().getTenantId());
    // credentials were checked above; Shiro's matcher only needs to agree
    return new SimpleAuthenticationInfo(principal, login.getCredentials(), getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    return new SimpleAuthorizationInfo();
  }

  @Override
  public boolean isPermitted(PrincipalCollection principals, Permission asked) {
    if (!(asked instanceof TenantPermission tp)) {
      return false;
    }
    AccountPrincipal who = principals.oneByType(AccountPrincipal.class);
    PermissionMemo seen = principals.oneByType(PermissionMemo.class);
    PermissionMemo memo = seen == null ? new PermissionMemo() : seen;
    Optional<Tenant> target = memo.tenant(tp.tenantId(), tenants::byId);
    if (who == null || target.isEmpty()) {
      return false;
    }
    List<RoleGrant> grants = memo.grants(() -> accounts.grantsOf(who.accountId()));
    boolean targetHoldsPersonalData = target.get().getType().holdsPersonalData();
    List<Tenant> path = pathToRoot(target.get(), memo);
    List<RoleSetting> roleSettings = null;
    for (int i = 0; i < path.size(); i++) {
      Tenant node = path.get(i);
      boolean structuralOnly = !node.getId().equals(tp.tenantId()) && !node.getType().holdsPersonalData();
      if (structuralOnly && targetHoldsPersonalData && !"tenant:read".equals(tp.name())) {
        continue; // below the wall, a grant from above may only see the tenant, never act in it
      }
      for (RoleGrant g : grants) {
        if (g.getTenantId() != node.getId()) {
          continue;
        }
        if (roleSettings == null) {
          List<Tenant> fullPath = path;
          roleSettings = memo.settings(path.stream().map(Tenant::getId).toList(), () -> settings.along(fullPath));
        }
        Set<String> held = RoleSettings.effective(g.getRole(), path.subList(i, path.size()), roleSettings, roles);
        if (implies(held, tp, structuralOnly)) {
          return !twoStep.holdsBack(who.accountId(), tp.name(), path, memo);
        }
      }
    }
    return false;
  }

  private List<Tenant> pathToRoot(Tenant tenant, PermissionMemo memo) {
    List<Tenant> path = new java.util.ArrayList<>();
    for (Tenant t = tenant; t != null;
        t = t.getParentId() == null ? null : memo.tenant(t.getParentId(), tenants::byId).orElse(null)) {
      path.add(t);
    }
    return path;
  }

  private static boolean implies(Set<String> permissions, TenantPermission asked, boolean structuralOnly) {
    if (structuralOnly && !RolePermissions.STRUCTURAL.contains(asked.name())) {
      return false;
    }
    for (String held : permissions) {
      if (new WildcardPermission(held).implies(asked.permission())) {
        return true;
      }
    }
    return false;
  }

}
