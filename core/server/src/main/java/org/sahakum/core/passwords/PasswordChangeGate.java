package org.sahakum.core.passwords;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.platform.Problem;

/**
 * After an admin's reset, the account's sessions may only choose a new password (or log out):
 * every other call answers 403 with the code {@value #CODE}, before any resource or module runs.
 * It runs right after {@link org.sahakum.core.auth.AuthenticationFilter} has named the caller.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
@Dependent
public class PasswordChangeGate implements ContainerRequestFilter {
  public static final String CODE = "password-change-required";
  private static final Set<String> ALLOWED = Set.of("POST " + OwnPasswordResource.PATH, "POST auth/logout");

  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (caller.principal().isEmpty() || !caller.passwordChangeRequired()) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String call = request.getMethod() + " " + (path.startsWith("/") ? path.substring(1) : path);
    if (!ALLOWED.contains(call)) {
      request.abortWith(Problem.coded(Response.Status.FORBIDDEN,
          "Your password was reset by an admin: choose a new password first.", CODE, null));
    }
  }
}
