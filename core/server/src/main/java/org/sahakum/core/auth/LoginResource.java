package org.sahakum.core.auth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.throttle.LoginThrottle;
import org.sahakum.core.auth.throttle.Throttle;
import org.sahakum.core.edge.ClientOrigin;
import org.sahakum.core.platform.Problem;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;
import org.sahakum.core.twostep.TwoStepStatus;
import org.sahakum.core.twostep.TwoSteps;

/**
 * Login and logout. A failed login says the same thing, in about the same time, whatever failed.
 * Guessing waits longer after each failure (see {@link org.sahakum.core.auth.throttle.ThrottlePolicy});
 * an account's one-time recovery code skips the wait. An account enrolled in the second step also
 * sends its current code (or a recovery code).
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class LoginResource {
  static final String FAILED = "Login failed: the tenant, username or password is not right.";
  static final String THROTTLED = "Too many failed logins for this name from this place. Wait, then try again.";
  public static final String TWO_STEP_NEEDED = "urn:sahakum:problem:two-step-needed";
  public static final String TWO_STEP_WRONG = "urn:sahakum:problem:two-step-wrong";

  @Inject ShiroSecurity security;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject LoginThrottle throttle;
  @Inject TwoSteps twoSteps;
  @Inject TwoStepStatus twoStepStatus;

  @Context UriInfo uri;
  @Context jakarta.servlet.http.HttpServletRequest http;

  /** The login body; {@code code} and {@code recoveryCode} only for the second step or a throttled login. */
  public record Login(
      @NotNull @Size(min = 1, max = 63) String tenant,
      @NotNull @Size(min = 1, max = 64) String username,
      @NotNull @Size(min = 1, max = 1024) String password,
      @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits the app shows") String code,
      @Pattern(regexp = "[A-Za-z0-9 -]{12,20}", message = "must be a recovery code such as abcd-efgh-ijkm")
          String recoveryCode) {}

  /**
   * The answer to a login; {@code twoStepNeeded}: the account should enrol before it can use all it
   * holds; {@code passwordChangeRequired}: it may only change its password until it does.
   */
  public record LoggedIn(String token, Instant expiresAt, String tenant, long accountId, boolean twoStepNeeded,
      boolean passwordChangeRequired) {}

  @POST
  @Path("login")
  public Response login(@NotNull @Valid Login body) {
    String address = ClientOrigin.of(http).address();
    Long tenantId = tenants.bySlug(body.tenant()).map(Tenant::getId).orElse(null);
    Long accountId = accounts.byLogin(tenantId, body.username()).map(Account::getId).orElse(null);
    String login = Throttle.login(tenantId, body.tenant(), accountId, body.username());
    boolean recovery = body.recoveryCode() != null && accountId != null
        && twoSteps.recoveryCodeFits(accountId, body.recoveryCode());
    Optional<Duration> wait = throttle.wait(login, address);
    if (wait.isPresent() && !recovery) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new ClientErrorException(THROTTLED, Response.status(429).header("Retry-After", seconds).build());
    }
    AccountPrincipal who = security.authenticate(tenantId, body.username(), body.password()).orElse(null);
    if (who == null) {
      throttle.failed(login, address);
      throw new NotAuthorizedException(FAILED, "Bearer");
    }
    if (body.recoveryCode() != null && !(recovery && twoSteps.useRecoveryCode(who.accountId(), who.homeTenantId(),
        body.recoveryCode()))) {
      throttle.failed(login, address);
      return twoStepProblem(TWO_STEP_WRONG, "This recovery code is not right or was used already.");
    }
    if (!recovery && twoSteps.enrolled(who.accountId())) {
      if (body.code() == null) {
        return twoStepProblem(TWO_STEP_NEEDED, "Enter the 6-digit code from your authenticator app.");
      }
      if (!twoSteps.acceptCode(who.accountId(), body.code())) {
        throttle.failed(login, address);
        return twoStepProblem(TWO_STEP_WRONG, "The code is not right. Enter the code the app shows now.");
      }
    }
    throttle.succeeded(login, address);
    Sessions.IssuedToken issued = sessions.open(who.accountId());
    audit.record(who.homeTenantId(), who.accountId(), "auth.login", "account", String.valueOf(who.accountId()));
    boolean secure = ClientOrigin.of(http).secure();
    NewCookie cookie = new NewCookie.Builder(AuthenticationFilter.COOKIE)
        .value(issued.token())
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
    boolean needed = twoStepStatus.neededBy(who.accountId());
    boolean changeRequired = accounts.activeById(who.accountId()).map(Account::mustChangePassword).orElse(false);
    return Response.ok(new LoggedIn(issued.token(), issued.expiresAt(), body.tenant(), who.accountId(), needed,
        changeRequired))
        .cookie(cookie)
        .build();
  }

  /** 401 that asks for the second step; its type tells the app to show the code field. */
  private static Response twoStepProblem(String type, String detail) {
    return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
        .entity(new Problem(type, "Unauthorized", 401, detail)).build();
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
