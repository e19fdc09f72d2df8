package org.sahakum.core.auth;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** Login and logout. A failed login says the same thing, in about the same time, whatever failed. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoginResource {
  static final String FAILED = "Login failed: the tenant, username or password is not right.";
  static final String THROTTLED = "Too many failed logins for this name or from this place. Try again in an hour.";

  @Inject ShiroSecurity security;
  @Inject Tenants tenants;
  @Inject Sessions sessions;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject LoginThrottle throttle;

  @Context UriInfo uri;
  @Context jakarta.servlet.http.HttpServletRequest http;

  /** The login body. */
  public record Login(
      @NotNull @Size(min = 1, max = 63) String tenant,
      @NotNull @Size(min = 1, max = 64) String username,
      @NotNull @Size(min = 1, max = 1024) String password) {}

  /** The answer to a login. */
  public record LoggedIn(String token, Instant expiresAt, String tenant, long accountId) {}

  @POST
  @Path("login")
  public Response login(@NotNull @Valid Login body) {
    String address = org.sahakum.core.edge.ClientOrigin.of(http).address();
    if (!throttle.allows(body.tenant(), body.username(), address)) {
      throw new ClientErrorException(THROTTLED, 429);
    }
    Long tenantId = tenants.bySlug(body.tenant()).map(Tenant::getId).orElse(null);
    AccountPrincipal who = security.authenticate(tenantId, body.username(), body.password()).orElse(null);
    if (who == null) {
      throttle.failed(body.tenant(), body.username(), address);
      throw new NotAuthorizedException(FAILED, "Bearer");
    }
    Sessions.IssuedToken issued = sessions.open(who.accountId());
    audit.record(who.homeTenantId(), who.accountId(), "auth.login", "account", String.valueOf(who.accountId()));
    boolean secure = org.sahakum.core.edge.ClientOrigin.of(http).secure();
    NewCookie cookie = new NewCookie.Builder(AuthenticationFilter.COOKIE)
        .value(issued.token())
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
    return Response.ok(new LoggedIn(issued.token(), issued.expiresAt(), body.tenant(), who.accountId()))
        .cookie(cookie)
        .build();
  }

  @POST
  @Path("logout")
  public Response logout() {
    caller.requireLogin();
    caller.token().ifPresent(sessions::close);
    NewCookie gone = new NewCookie.Builder(AuthenticationFilter.COOKIE).value("").path("/").maxAge(0)
        .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    return Response.noContent().cookie(gone).build();
  }
}
