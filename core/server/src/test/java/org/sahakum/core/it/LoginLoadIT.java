package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * Logins under a burst larger than the password hashing may queue (issue 22): a wrong password
 * never gets in, a right one is never refused as wrong nor throttled, and what the full pool
 * cannot take is answered at once with 503 and Retry-After, not left to time out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginLoadIT {
  /** More than the server lets queue for hashing (64) and its hashing permits, sent at once. */
  private static final int BURST = 160;
  private static final int RIGHT_ACCOUNTS = 3;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  /** One login of the burst: what was sent and what came back. */
  record Attempt(String username, boolean right, int status, String retryAfter, String failure) {}

  @Test
  void a_burst_of_logins_lets_in_exactly_the_right_passwords_and_a_full_pool_says_when_to_come_back() throws Exception {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < RIGHT_ACCOUNTS; i++) {
      TwoTenants.account(anon, t.adminA(), t.a(), "right-" + i, "admin");
    }
    TwoTenants.account(anon, t.adminA(), t.a(), "guessed", "admin");

    List<Attempt> attempts = burst(t.a());

    int in = 0;
    int busy = 0;
    for (Attempt a : attempts) {
      assertEquals(null, a.failure(), "every login is answered, none times out: " + a);
      if (a.right()) {
        assertTrue(a.status() == 200 || a.status() == 503, "a right password is let in or asked to come back: " + a);
      } else {
        assertTrue(a.status() == 401 || a.status() == 429 || a.status() == 503, "a wrong password never gets in: " + a);
      }
      if (a.status() == 429 || a.status() == 503) {
        long seconds = Long.parseLong(a.retryAfter());
        assertTrue(seconds >= 1 && (a.status() == 429 || seconds <= 30), "Retry-After says when to come back: " + a);
      }
      in += a.status() == 200 ? 1 : 0;
      busy += a.status() == 503 ? 1 : 0;
    }
    assertTrue(busy > 0, "a burst of " + BURST + " fills the queue: some answers are 503");
    assertTrue(in > 0, "the pool keeps working through the burst: some right passwords got in");
    Thread.sleep(Duration.ofSeconds(2));
    for (int i = 0; i < RIGHT_ACCOUNTS; i++) {
      assertEquals(200, anon.post("/api/auth/login", LoginThrottleIT.login(t.a(), "right-" + i,
          TwoTenants.ADMIN_PASSWORD)).status(), "after the burst each right password still gets in at once");
    }
  }

  /** BURST logins released together: right passwords of three accounts, guesses, near misses, unknown names. */
  private List<Attempt> burst(String tenant) throws Exception {
    // HTTP/1.1: a connection each, as 160 phones would have (over one HTTP/2 connection the client's
    // own stream limit refuses requests before the server sees them)
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .build();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Attempt>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int k = 0; k < BURST; k++) {
        String username = switch (k % 4) {
          case 0, 1 -> "right-" + (k % RIGHT_ACCOUNTS);
          case 2 -> "guessed";
          default -> "nobody-" + k;
        };
        boolean right = username.startsWith("right-");
        String password = right ? TwoTenants.ADMIN_PASSWORD
            : k % 8 == 2 ? TwoTenants.ADMIN_PASSWORD.toUpperCase() : "guess number " + k;
        String body = LoginThrottleIT.login(tenant, username, password).toString();
        futures.add(pool.submit(() -> {
          start.await();
          HttpRequest request = HttpRequest.newBuilder(URI.create(SahakumDeployment.root(base).toString().replaceAll("/$", "") + "/api/auth/login"))
              .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(username, right, r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), null);
          } catch (java.io.IOException e) {
            return new Attempt(username, right, 0, null, e.toString());
          }
        }));
      }
      start.countDown();
      List<Attempt> attempts = new ArrayList<>();
      for (Future<Attempt> f : futures) {
        attempts.add(f.get());
      }
      return attempts;
    }
  }
}
