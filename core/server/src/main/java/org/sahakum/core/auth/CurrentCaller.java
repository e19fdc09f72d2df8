package org.sahakum.core.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** The caller of the current request, if logged in, and the checks every resource uses. */
@RequestScoped
public class CurrentCaller {

  @Inject ShiroSecurity security;
  @Inject Tenants tenants;
  @Inject RolePermissions roles;

  private AccountPrincipal principal;
  private Subject subject;
  private String token;
  // a request asks the same question more than once (the tenant check, then the permission)
  private final java.util.Map<String, Boolean> answers = new java.util.HashMap<>();

  private PermissionMemo memo = new PermissionMemo();
  private boolean passwordChangeRequired;

  /**
   * Makes {@code principal} the caller. {@code homePath} is its home tenant and the nodes above;
   * {@code memo} keeps the permission checks' look-ups (see {@link CallerCache}).
   */
  void authenticate(AccountPrincipal principal, String token, java.util.List<Tenant> homePath, PermissionMemo memo,
      boolean passwordChangeRequired) {
    this.principal = principal;
    this.passwordChangeRequired = passwordChangeRequired;
    this.token = token;
    this.memo = memo;
    homePath.forEach(memo::remember);
    this.subject = null; // made when a question is not in the memo yet (see subject())
  }

  /** The caller's Shiro subject; built on first use, as most requests find their answers in the memo. */
  private Subject subject() {
    if (subject == null) {
      subject = security.subjectFor(principal, memo);
    }
    return subject;
  }

  public Optional<AccountPrincipal> principal() {
    return Optional.ofNullable(principal);
  }

  Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** Whether the caller's password was reset by an admin and must be changed before anything else. */
  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  /** Ends the caller's other sessions, keeping the one this request came with. Call inside a transaction. */
  public void endOtherSessions(Sessions sessions) {
    AccountPrincipal who = requireLogin();
    if (token == null) {
      sessions.closeAll(who.accountId());
    } else {
      sessions.closeAllBut(who.accountId(), token);
    }
  }

  public AccountPrincipal requireLogin() {
    if (principal == null) {
      throw new NotAuthorizedException("Log in first.", "Bearer");
    }
    return principal;
  }

  public boolean isPermitted(long tenantId, String permission) {
    if (principal == null) {
      return false;
    }
    // judged once per token until the security epoch moves (the memo lives no longer: CallerCache)
    long rolesGeneration = roles.generation();
    return answers.computeIfAbsent(tenantId + "|" + permission, k -> memo.answer(rolesGeneration, tenantId, permission,
        () -> subject().isPermitted(TenantPermission.of(tenantId, permission))));
  }

  /**
   * The tenant named in a URL, as this caller may see it: 401 without login, 404 when the slug is
   * unknown or the caller has no grant reaching it (a foreign tenant looks like no tenant).
   */
  public Tenant tenant(String slug) {
    requireLogin();
    Tenant t = memo.tenantBySlug(slug, tenants::bySlug).orElseThrow(() -> new NotFoundException("No such tenant."));
    if (!isPermitted(t.getId(), "tenant:read")) {
      throw new NotFoundException("No such tenant.");
    }
    return t;
  }

  /**
   * A yes-or-no fact about what this caller reaches, such as whether a module is on at a tenant:
   * {@code load} runs once per token until the security epoch moves (see {@link CallerCache}), so
   * only facts whose tables move the epoch belong here.
   */
  public boolean remembered(String key, java.util.function.BooleanSupplier load) {
    return memo.fact(key, load);
  }

  /** 403 unless the caller holds {@code permission} in {@code tenant}. */
  public void require(Tenant tenant, String permission) {
    requireLogin();
    if (!isPermitted(tenant.getId(), permission)) {
      throw new ForbiddenException("This needs the permission " + permission + " here.");
    }
  }

  /** Those of {@code permissions} the caller holds in {@code tenant}, sorted. */
  public java.util.List<String> heldOf(Tenant tenant, java.util.Collection<String> permissions) {
    return permissions.stream().sorted().filter(p -> isPermitted(tenant.getId(), p)).toList();
  }
}
