package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.core.twostep.AuthenticatorApp;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/** Two-step login for staff: enrolment, the code at login, recovery codes, and an organisation's requirement. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepIT {
  private static final String NEEDED = "urn:sahakum:problem:two-step-needed";
  private static final String WRONG = "urn:sahakum:problem:two-step-wrong";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void an_enrolled_login_needs_the_code_a_wrong_code_is_throttled_and_a_recovery_code_works_once() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient keeper = TwoTenants.account(anon, t.adminA(), t.a(), "keeper", "admin");
    ApiResponse started = keeper.call("POST", "/api/auth/two-step/enrolment", null);
    assertEquals(200, started.status(), started.toString());
    String secret = started.object().getString("secret");
    assertTrue(started.object().getString("uri").startsWith("otpauth://totp/Sahakum:keeper?secret=" + secret));
    Instant now = Instant.now();
    assertEquals(400, keeper.post("/api/auth/two-step/enrolment/confirm", code(wrongCode(secret, now, 0))).status(),
        "a wrong first code does not enrol");
    ApiResponse confirmed = keeper.post("/api/auth/two-step/enrolment/confirm", code(AuthenticatorApp.code(secret, now)));
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals(10, confirmed.object().getJsonArray("recoveryCodes").size());
    String recovery = confirmed.object().getJsonArray("recoveryCodes").getString(0);
    assertEquals(409, keeper.call("POST", "/api/auth/two-step/enrolment", null).status(), "no second secret over the first");

    ApiResponse withoutCode = anon.post("/api/auth/login", login(t.a(), "keeper"));
    assertEquals(401, withoutCode.status());
    assertEquals(NEEDED, withoutCode.object().getString("type"), withoutCode.toString());
    assertFalse(withoutCode.body().contains("token"));

    ApiResponse wrong = anon.post("/api/auth/login", with(login(t.a(), "keeper"), "code", wrongCode(secret, now, 1)));
    assertEquals(401, wrong.status());
    assertEquals(WRONG, wrong.object().getString("type"), wrong.toString());
    LoginThrottleIT.failUntilTheWaitIsFourSeconds(anon, with(login(t.a(), "keeper"), "code", wrongCode(secret, now, 2)));
    ApiResponse throttled = anon.post("/api/auth/login",
        with(login(t.a(), "keeper"), "code", AuthenticatorApp.code(secret, now.plusSeconds(30))));
    assertEquals(429, throttled.status(), "wrong codes count as failed logins: " + throttled);

    ApiResponse recovered = anon.post("/api/auth/login", with(login(t.a(), "keeper"), "recoveryCode", recovery));
    assertEquals(200, recovered.status(), "a recovery code stands in for the code, and skips the wait: " + recovered);
    ApiResponse reused = anon.post("/api/auth/login", with(login(t.a(), "keeper"), "recoveryCode", recovery));
    assertEquals(401, reused.status());
    assertEquals(WRONG, reused.object().getString("type"), "a recovery code works once");

    ApiResponse withCode = anon.post("/api/auth/login",
        with(login(t.a(), "keeper"), "code", AuthenticatorApp.code(secret, now.plusSeconds(30))));
    assertEquals(200, withCode.status(), withCode.toString());
    ApiResponse replayed = anon.post("/api/auth/login",
        with(login(t.a(), "keeper"), "code", AuthenticatorApp.code(secret, now.plusSeconds(30))));
    assertEquals(401, replayed.status(), "a code is good once");

    long keeperId = withCode.object().getJsonNumber("accountId").longValue();
    assertEquals(404, t.adminB().call("POST", "/api/t/" + t.a() + "/accounts/" + keeperId + "/two-step/disable", null)
        .status(), "another organisation cannot switch it off");
    assertEquals(200, t.adminA().call("POST", "/api/t/" + t.a() + "/accounts/" + keeperId + "/two-step/disable", null)
        .status(), "the admin switches it off for a lost phone");
    assertEquals(200, anon.post("/api/auth/login", login(t.a(), "keeper")).status(), "then the password alone logs in");
    for (String action : new String[] {"two-step.enrolled", "two-step.recovery-code.used", "two-step.disabled"}) {
      assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=" + action).array().size(), action + " is audited");
    }
  }

  @Test
  void where_the_organisation_requires_it_sensitive_permissions_wait_for_enrolment() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient second = TwoTenants.account(anon, t.adminA(), t.a(), "second", "admin");
    long member = t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder().add("workingName", "Lina").build())
        .object().getJsonNumber("id").longValue();
    String export = "/api/t/" + t.a() + "/members/export";
    assertEquals(200, second.get(export).status());

    ApiResponse set = t.adminA().put("/api/t/" + t.a() + "/two-step-requirement", required(true));
    assertEquals(200, set.status(), set.toString());
    assertTrue(t.adminA().get("/api/t/" + t.a() + "/two-step-requirement").object().getBoolean("required"));
    assertEquals(403, second.get(export).status(), "an export waits for enrolment");
    assertEquals(403, second.post("/api/t/" + t.a() + "/members/" + member + "/identity",
        Json.createObjectBuilder().add("reason", "Court date").build()).status(), "a reveal waits for enrolment");
    assertEquals(403, second.get("/api/t/" + t.a() + "/roles").status(), "role management waits for enrolment");
    assertEquals(200, second.get("/api/t/" + t.a() + "/members").status(), "the register itself does not");
    assertEquals(200, t.adminB().get("/api/t/" + t.b() + "/members/export").status(), "another organisation is as it was");
    ApiResponse state = second.get("/api/auth/two-step");
    assertTrue(state.object().getBoolean("required") && !state.object().getBoolean("enrolled"), state.toString());
    assertTrue(anon.post("/api/auth/login", login(t.a(), "second")).object().getBoolean("twoStepNeeded"),
        "the login tells the app to ask for enrolment");

    String secret = second.call("POST", "/api/auth/two-step/enrolment", null).object().getString("secret");
    assertEquals(200, second.post("/api/auth/two-step/enrolment/confirm", code(AuthenticatorApp.code(secret, Instant.now())))
        .status());
    assertEquals(200, second.get(export).status(), "enrolled: the export is back at once");
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=two-step.required").array().size());
    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/two-step-requirement", required(false)).status());
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=two-step.not-required").array().size());
  }

  @Test
  void an_erased_members_second_step_goes_with_her() throws java.sql.SQLException {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String code = t.adminA().post("/api/t/" + t.a() + "/invites", Json.createObjectBuilder().build()).object().getString("code");
    String password = "lotus market bicycle";
    assertEquals(201, anon.post("/api/t/" + t.a() + "/registrations", Json.createObjectBuilder().add("inviteCode", code)
        .add("workingName", "Srey Pov").add("username", "sreypov").add("password", password)
        .add("consentVersion", anon.get("/api/consent").object().getString("version")).build()).status());
    long member = t.adminA().get("/api/t/" + t.a() + "/registrations?status=pending").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    assertEquals(200, t.adminA().post("/api/t/" + t.a() + "/registrations/" + member + "/approve",
        Json.createObjectBuilder().build()).status());
    JsonObject loggedIn = anon.post("/api/auth/login", Json.createObjectBuilder().add("tenant", t.a())
        .add("username", "sreypov").add("password", password).build()).object();
    long account = loggedIn.getJsonNumber("accountId").longValue();
    ApiClient sreyPov = anon.login(t.a(), "sreypov", password);
    String secret = sreyPov.call("POST", "/api/auth/two-step/enrolment", null).object().getString("secret");
    assertEquals(200, sreyPov.post("/api/auth/two-step/enrolment/confirm", code(AuthenticatorApp.code(secret, Instant.now())))
        .status());
    assertEquals(11, twoStepRows(account), "her secret and ten recovery codes are kept");

    assertEquals(204, t.adminA().call("POST", "/api/t/" + t.a() + "/members/" + member + "/erasure", null).status());
    assertEquals(0, twoStepRows(account), "nothing of her second step is left after her erasure");
  }

  @Test
  void a_key_rotation_reseals_the_second_step_which_still_works() throws Exception {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient keeper = TwoTenants.account(anon, t.adminA(), t.a(), "rotating", "admin");
    String secret = keeper.call("POST", "/api/auth/two-step/enrolment", null).object().getString("secret");
    assertEquals(200, keeper.post("/api/auth/two-step/enrolment/confirm", code(AuthenticatorApp.code(secret, Instant.now())))
        .status());
    assertEquals(1, sealedSecretVersion(t.a(), "rotating"));

    assertEquals(202, t.adminA().call("POST", "/api/t/" + t.a() + "/keys/rotation", null).status());
    JsonObject rotation = null;
    for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(200)) {
      rotation = t.adminA().get("/api/t/" + t.a() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        break;
      }
    }
    assertEquals("done", rotation.getString("state"), String.valueOf(rotation));
    assertEquals(2, sealedSecretVersion(t.a(), "rotating"), "the secret is not left under the retired key");
    // the next step's code (one step of drift is allowed): the confirming code's step cannot be used twice
    ApiResponse withCode = anon.post("/api/auth/login", with(login(t.a(), "rotating"), "code",
        AuthenticatorApp.code(secret, Instant.now().plusSeconds(30))));
    assertEquals(200, withCode.status(), "the re-sealed secret still opens: " + withCode);
  }

  /** The key version the account's stored TOTP secret is sealed under (the format's bytes 1 to 4). */
  private static int sealedSecretVersion(String tenant, String username) throws java.sql.SQLException {
    try (java.sql.Connection db = AuditIT.database();
        java.sql.PreparedStatement q = db.prepareStatement("SELECT s.secret FROM account_two_step s "
            + "JOIN account a ON a.id = s.account_id JOIN tenant t ON t.id = a.tenant_id "
            + "WHERE t.slug = ? AND a.username = ?")) {
      q.setString(1, tenant);
      q.setString(2, username);
      try (java.sql.ResultSet rows = q.executeQuery()) {
        rows.next();
        return java.nio.ByteBuffer.wrap(rows.getBytes(1), 1, 4).getInt();
      }
    }
  }

  private static int twoStepRows(long account) throws java.sql.SQLException {
    try (java.sql.Connection db = AuditIT.database();
        java.sql.PreparedStatement q = db.prepareStatement("SELECT (SELECT COUNT(*) FROM account_two_step WHERE account_id = ?)"
            + " + (SELECT COUNT(*) FROM account_recovery_code WHERE account_id = ?)")) {
      q.setLong(1, account);
      q.setLong(2, account);
      try (java.sql.ResultSet rows = q.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static JsonObject login(String tenant, String username) {
    return LoginThrottleIT.login(tenant, username, TwoTenants.ADMIN_PASSWORD);
  }

  private static JsonObject with(JsonObject o, String key, String value) {
    return LoginThrottleIT.with(o, key, value);
  }

  /** A code the app does not show around {@code now}. */
  private static String wrongCode(String secret, Instant now, int salt) {
    java.util.Set<String> right = java.util.Set.of(AuthenticatorApp.code(secret, now.minusSeconds(30)),
        AuthenticatorApp.code(secret, now), AuthenticatorApp.code(secret, now.plusSeconds(30)),
        AuthenticatorApp.code(secret, now.plusSeconds(60)));
    for (int n = salt; ; n += 7) {
      String candidate = String.format("%06d", (n * 104_729L) % 1_000_000);
      if (!right.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static JsonObject code(String code) {
    return Json.createObjectBuilder().add("code", code).build();
  }

  private static JsonObject required(boolean required) {
    return Json.createObjectBuilder().add("required", required).build();
  }
}
