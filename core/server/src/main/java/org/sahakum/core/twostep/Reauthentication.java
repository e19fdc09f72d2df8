package org.sahakum.core.twostep;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.AccountPrincipal;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.auth.ShiroSecurity;
import org.sahakum.core.auth.throttle.LoginThrottle;
import org.sahakum.core.auth.throttle.Throttle;
import org.sahakum.core.edge.ClientOrigin;

/**
 * Asks a logged-in caller for the password again (and the app's code when enrolled) before a change
 * to its second step, throttled like a login, so that a stolen session cannot guess the password.
 */
@RequestScoped
public class Reauthentication {
  static final String WRONG = "The password or the code is not right.";

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject ShiroSecurity security;
  @Inject LoginThrottle throttle;
  @Inject TwoSteps twoSteps;

  @Inject jakarta.servlet.http.HttpServletRequest http;

  AccountPrincipal confirm(String password, String code) {
    AccountPrincipal who = caller.requireLogin();
    Account account = accounts.anyById(who.accountId()).orElseThrow();
    String login = Throttle.login(account.getTenantId(), null, account.getId(), account.getUsername());
    String address = ClientOrigin.of(http).address();
    Optional<Duration> wait = throttle.wait(login, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new ClientErrorException("Too many wrong tries. Wait, then try again.",
          Response.status(429).header("Retry-After", seconds).build());
    }
    boolean passwordRight = security.authenticate(account.getTenantId(), account.getUsername(), password).isPresent();
    boolean codeRight = !twoSteps.enrolled(who.accountId()) || code != null && twoSteps.acceptCode(who.accountId(), code);
    if (!passwordRight || !codeRight) {
      throttle.failed(login, address);
      throw new ClientErrorException(WRONG, 403);
    }
    return who;
  }
}
