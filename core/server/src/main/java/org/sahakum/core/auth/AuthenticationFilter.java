package org.sahakum.core.auth;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the bearer token or the session cookie and, when it names a live session of an active
 * account, makes that account the caller. A missing or dead token leaves the caller anonymous;
 * each resource decides whether that is enough.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  public static final String COOKIE = "sahakum_session";

  @Inject Sessions sessions;
  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject org.sahakum.core.tenancy.Tenants tenants;

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
    String presented = token;
    sessions.resolve(presented)
        .flatMap(accounts::activeById)
        .filter(a -> !tenants.refusesLogins(a.getTenantId()))
        .ifPresent(a -> caller.authenticate(new AccountPrincipal(a.getId(), a.getTenantId()), presented));
  }

  private static String bearer(String header) {
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).trim();
    }
    return null;
  }
}
