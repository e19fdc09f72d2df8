package org.sahakum.core.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.sahakum.core.tenancy.Tenants;
import org.sahakum.core.twostep.TwoStepGate;

/**
 * The Shiro security manager, without Shiro sessions or RememberMe: sessions are ours
 * ({@link Sessions}), and each request builds its subject from its token.
 */
@ApplicationScoped
public class ShiroSecurity {

  @Inject PasswordHasher hasher;
  @Inject Tenants tenants;
  @Inject RolePermissions roles;
  @Inject Accounts accounts;
  @Inject RoleSettings roleSettings;
  @Inject TwoStepGate twoStep;

  private SahakumRealm realm;
  private DefaultSecurityManager securityManager;

  @PostConstruct
  void init() {
    realm = new SahakumRealm(hasher, tenants, roles, accounts, roleSettings, twoStep);
    securityManager = new DefaultSecurityManager(realm);
    securityManager.setRememberMeManager(null);
    DefaultSessionStorageEvaluator noSessions = new DefaultSessionStorageEvaluator();
    noSessions.setSessionStorageEnabled(false);
    ((DefaultSubjectDAO) securityManager.getSubjectDAO()).setSessionStorageEvaluator(noSessions);
  }

  /** Checks a password; empty on any failure, whatever its cause. */
  public Optional<AccountPrincipal> authenticate(Long tenantId, String username, String password) {
    try {
      AuthenticationInfo info = securityManager.authenticate(new TenantLoginToken(tenantId, username, password));
      return Optional.of(info.getPrincipals().oneByType(AccountPrincipal.class));
    } catch (AuthenticationException e) {
      if (e.getCause() instanceof jakarta.ws.rs.ServiceUnavailableException busy) {
        throw busy; // the hashing pool was full: the password was not checked, so this is no failed login
      }
      return Optional.empty();
    }
  }

  /**
   * Whether {@code account} holds {@code permission} at the tenant {@code tenantId}, judged as a
   * request of that account would be (its own grants, role settings, the wall), without a session.
   */
  public boolean holds(Account account, long tenantId, String permission) {
    return holds(account, tenantId, permission, new PermissionMemo());
  }

  /** Whether {@code account} would hold {@code permission} there once enrolled in the second step. */
  public boolean wouldHoldOnceEnrolled(Account account, long tenantId, String permission) {
    return holds(account, tenantId, permission, new PermissionMemo(true));
  }

  private boolean holds(Account account, long tenantId, String permission, PermissionMemo memo) {
    SimplePrincipalCollection principals =
        new SimplePrincipalCollection(new AccountPrincipal(account.getId(), account.getTenantId()), realm.getName());
    principals.add(memo, realm.getName());
    return realm.isPermitted(principals, TenantPermission.of(tenantId, permission));
  }

  /**
   * Judges many questions about one account, as {@link #holds} judges one, sharing the look-ups
   * between them: {@code (tenantId, permission) -> held}.
   */
  public java.util.function.BiPredicate<Long, String> judge(Account account) {
    SimplePrincipalCollection principals =
        new SimplePrincipalCollection(new AccountPrincipal(account.getId(), account.getTenantId()), realm.getName());
    principals.add(new PermissionMemo(), realm.getName());
    return (tenantId, permission) -> realm.isPermitted(principals, TenantPermission.of(tenantId, permission));
  }

  /** The subject of one request; {@code memo} keeps what its permission checks looked up. */
  Subject subjectFor(AccountPrincipal principal, PermissionMemo memo) {
    SimplePrincipalCollection principals = new SimplePrincipalCollection(principal, realm.getName());
    principals.add(memo, realm.getName());
    return new Subject.Builder(securityManager)
        .principals(principals)
        .authenticated(true)
        .sessionCreationEnabled(false)
        .buildSubject();
  }
}
