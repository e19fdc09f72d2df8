package org.sahakum.core.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Reads the bearer token or the session cookie and, when it names a live session of an active
 * account, makes that account the caller. A missing or dead token leaves the caller anonymous;
 * each resource decides whether that is enough.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@Dependent
public class AuthenticationFilter implements ContainerRequestFilter {
  public static final String COOKIE = "sahakum_session";

  @Inject Sessions sessions;
  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject CallerCache cache;

  @Override
  public void filter(ContainerRequestContext request) {
    String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      Cookie cookie = request.getCookies().get(COOKIE);
      token = cookie == null ? null : cookie.getValue();
    }
    if (token == null) {
      return;
    }
    if (!Sessions.wellFormed(token)) {
      return;
    }
    String presented = token;
    String tokenHash = Sessions.hash(presented);
    long epoch = cache.epoch();
    Optional<CallerCache.Entry> known = cache.get(tokenHash, epoch, Instant.now());
    if (known.isPresent()) {
      CallerCache.Entry e = known.get();
      caller.authenticate(e.principal(), presented, e.homePath(), e.memo(), e.passwordChangeRequired());
      return;
    }
    sessions.resolveLive(presented).ifPresent(session -> accounts.activeById(session.accountId()).ifPresent(a -> {
      List<Tenant> homePath = tenants.byId(a.getTenantId()).map(tenants::pathToRoot).orElse(List.of());
      if (Tenants.refusesLogins(homePath)) {
        return;
      }
      AccountPrincipal principal = new AccountPrincipal(a.getId(), a.getTenantId());
      PermissionMemo memo = new PermissionMemo();
      caller.authenticate(principal, presented, homePath, memo, a.mustChangePassword());
      cache.put(tokenHash, new CallerCache.Entry(epoch, principal, List.copyOf(homePath), session.expiresAt(),
          session.touchDueAt(), memo, a.mustChangePassword()));
    }));
  }

  private static String bearer(String header) {
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).trim();
    }
    return null;
  }
}
