package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * The login throttle as the server applies it: keyed on the account the look-up matches, a wait
 * rather than a lock-out, and a recovery code that lets the real person in at once. (Every request
 * here comes from one address; the throttle's handling of many addresses is unit-tested.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void the_same_name_in_other_capitals_is_the_same_login_for_the_throttle() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    assertEquals(200, anon.post("/api/auth/login", login(t.a(), "ADMIN", TwoTenants.ADMIN_PASSWORD)).status(),
        "the look-up matches the name in any capitals");
    failUntilTheWaitIsFourSeconds(anon, login(t.a(), "admin", "a guess"));
    for (String spelling : List.of("ADMIN", "Admin", "aDmIn", "admin ")) {
      ApiResponse r = anon.post("/api/auth/login", login(t.a(), spelling, TwoTenants.ADMIN_PASSWORD));
      assertEquals(429, r.status(), "'" + spelling + "' is the account that was guessed at: " + r);
    }
  }

  @Test
  void the_wait_is_short_after_a_few_failures_and_the_right_password_then_gets_in() throws InterruptedException {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < 5; i++) {
      anon.post("/api/auth/login", login(t.a(), "Admin", "guess " + i));
    }
    ApiResponse throttled = anon.post("/api/auth/login", login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD));
    assertEquals(429, throttled.status());
    long seconds = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(seconds >= 1 && seconds <= 2, "the first wait is a second: " + seconds);
    Thread.sleep(seconds * 1000 + 200);
    assertEquals(200, anon.post("/api/auth/login", login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD)).status(),
        "after the wait the right password gets in");
    assertEquals(401, anon.post("/api/auth/login", login(t.a(), "admin", "guess again")).status(),
        "a success cleared the failures of this place: the next failure is free again");
  }

  @Test
  void a_recovery_code_lets_the_real_person_in_while_the_name_is_being_guessed_from_the_same_place() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiResponse codes = t.adminA().post("/api/auth/two-step/recovery-codes",
        Json.createObjectBuilder().add("password", TwoTenants.ADMIN_PASSWORD).build());
    assertEquals(200, codes.status(), codes.toString());
    String code = codes.object().getJsonArray("recoveryCodes").getString(0);
    failUntilTheWaitIsFourSeconds(anon, login(t.a(), "admin", "a guess"));
    assertEquals(429, anon.post("/api/auth/login", login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD)).status());
    assertEquals(429, anon.post("/api/auth/login", with(login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD),
        "recoveryCode", "aaaa-bbbb-cccc")).status(), "a made-up code does not skip the wait");
    ApiResponse in = anon.post("/api/auth/login", with(login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD), "recoveryCode", code));
    assertEquals(200, in.status(), in.toString());
    ApiResponse again = anon.post("/api/auth/login", with(login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD), "recoveryCode", code));
    assertEquals(401, again.status(), "a recovery code works once: " + again);
    assertEquals(2, t.adminA().get("/api/t/" + t.a() + "/audit?action=two-step.recovery-code.used").array().size()
        + t.adminA().get("/api/t/" + t.a() + "/audit?action=two-step.recovery-codes.created").array().size(),
        "making the codes and using one are audited");
  }

  /**
   * Fails with {@code wrong}, waiting out each short wait on the way, until the wait is at least four
   * seconds: long enough for the checks that follow on a busy machine.
   */
  static void failUntilTheWaitIsFourSeconds(ApiClient anon, JsonObject wrong) {
    for (int tries = 0; tries < 30; tries++) {
      ApiResponse r = anon.post("/api/auth/login", wrong);
      if (r.status() == 429) {
        long seconds = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        if (seconds >= 4) {
          return;
        }
        sleep(seconds * 1000 + 100);
      } else if (r.status() != 401) {
        throw new AssertionError("a wrong login answered " + r);
      }
    }
    throw new AssertionError("the wait never reached four seconds");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }

  static JsonObject with(JsonObject o, String key, String value) {
    return Json.createObjectBuilder(o).add(key, value).build();
  }
}
