package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.SahakumDeployment;
import org.sahakum.testkit.TwoTenants;

/**
 * Sessions end when an account is disabled, its member suspended or its chapter locked down;
 * guessing is throttled; the browser cookie is locked down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void disabling_an_account_ends_its_session_at_once() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser1", "organiser");
    assertEquals(200, organiser.get("/api/t/" + t.a() + "/members").status());
    ApiResponse accounts = t.adminA().get("/api/t/" + t.a() + "/accounts");
    long id = accounts.array().stream().map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals("organiser1")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    assertEquals(200, t.adminA().post("/api/t/" + t.a() + "/accounts/" + id + "/disable", Json.createObjectBuilder().build()).status());
    assertEquals(401, organiser.get("/api/t/" + t.a() + "/members").status(), "the open session died with the account");
    assertEquals(401, anon.post("/api/auth/login", login(t.a(), "organiser1", TwoTenants.ADMIN_PASSWORD)).status());
    assertEquals(404, t.adminB().post("/api/t/" + t.a() + "/accounts/" + id + "/disable",
        Json.createObjectBuilder().build()).status(), "another organisation cannot touch A's accounts");
  }

  @Test
  void a_chapter_lockdown_ends_its_sessions_refuses_reveals_and_needs_two_admins_to_lift() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String chapter = t.a() + "-daun-penh";
    assertEquals(201, t.adminA().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", t.a()).add("names", Json.createObjectBuilder().add("km", "ដូនពេញ").add("en", "Daun Penh")).build()).status());
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), chapter, "organiser1", "organiser");
    ApiClient secondAdmin = TwoTenants.account(anon, t.adminA(), t.a(), "admin2", "admin");
    long member = t.adminA().post("/api/t/" + chapter + "/members", Json.createObjectBuilder().add("workingName", "Lina").build())
        .object().getJsonNumber("id").longValue();
    JsonObject reason = Json.createObjectBuilder().add("reason", "Release from detention centre").build();
    String reveal = "/api/t/" + t.a() + "/members/" + member + "/identity";
    assertEquals(200, organiser.get("/api/t/" + chapter + "/members").status());

    assertEquals(200, t.adminA().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()).status());
    assertEquals(401, organiser.get("/api/t/" + chapter + "/members").status(), "the chapter's sessions ended at once");
    assertEquals(401, anon.post("/api/auth/login", login(chapter, "organiser1", TwoTenants.ADMIN_PASSWORD)).status());
    assertEquals(423, t.adminA().post(reveal, reason).status(), "no reveals while locked down");

    ApiResponse first = t.adminA().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build());
    assertEquals(200, first.status(), first.toString());
    assertTrue(first.object().getBoolean("locked") && first.object().getBoolean("waitingForSecondAdmin"));
    assertEquals(409, t.adminA().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()).status(),
        "the same admin cannot confirm alone");
    assertEquals(423, t.adminA().post(reveal, reason).status(), "still locked");
    ApiResponse second = secondAdmin.post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build());
    assertFalse(second.object().getBoolean("locked"), second.toString());
    assertEquals(200, anon.post("/api/auth/login", login(chapter, "organiser1", TwoTenants.ADMIN_PASSWORD)).status());
    assertEquals(200, t.adminA().post(reveal, reason).status());
    assertEquals(404, t.adminB().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()).status(),
        "another organisation cannot lock A's chapter");
  }

  @Test
  void a_suspended_member_is_refused_like_a_wrong_password_and_their_sessions_end_at_once() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String code = t.adminA().post("/api/t/" + t.a() + "/invites", Json.createObjectBuilder().build()).object()
        .getString("code");
    String version = anon.get("/api/consent").object().getString("version");
    String password = "long enough password";
    assertEquals(201, anon.post("/api/t/" + t.a() + "/registrations", Json.createObjectBuilder().add("inviteCode", code)
        .add("workingName", "Srey Mom").add("username", "sreymom").add("password", password)
        .add("consentVersion", version).build()).status());
    long member = t.adminA().get("/api/t/" + t.a() + "/registrations?status=pending").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    assertEquals(200, t.adminA().post("/api/t/" + t.a() + "/registrations/" + member + "/approve",
        Json.createObjectBuilder().build()).status());
    ApiClient sreyMom = anon.login(t.a(), "sreymom", password);
    ApiClient onAnotherPhone = anon.login(t.a(), "sreymom", password);
    assertEquals(200, sreyMom.get("/api/auth/me").status());
    String status = "/api/t/" + t.a() + "/members/" + member + "/status";

    assertEquals(200, t.adminA().put(status, Json.createObjectBuilder().add("status", "suspended").build()).status());
    assertEquals(401, sreyMom.get("/api/auth/me").status(), "the open session ended with the suspension");
    assertEquals(401, onAnotherPhone.get("/api/auth/me").status(), "every one of them");
    ApiResponse refused = anon.post("/api/auth/login", login(t.a(), "sreymom", password));
    ApiResponse wrongPassword = anon.post("/api/auth/login", login(t.a(), "sreymom", "not the password"));
    ApiResponse nobody = anon.post("/api/auth/login", login(t.a(), "no-such-member", password));
    assertEquals(401, refused.status(), refused.toString());
    assertEquals(wrongPassword.body(), refused.body(), "a stranger cannot tell a suspension from a wrong password");
    assertEquals(nobody.body(), refused.body());

    assertEquals(200, t.adminA().put(status, Json.createObjectBuilder().add("status", "active").build()).status());
    assertEquals(200, anon.login(t.a(), "sreymom", password).get("/api/auth/me").status(), "taken back: logs in again");
  }

  @Test
  void after_five_failures_a_name_waits_from_that_place_but_other_names_do_not() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, anon.post("/api/auth/login", login(t.a(), "admin", "guess " + i)).status(), "five are free");
    }
    LoginThrottleIT.failUntilTheWaitIsFourSeconds(anon, login(t.a(), "admin", "guess"));
    ApiResponse throttled = anon.post("/api/auth/login", login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD));
    assertEquals(429, throttled.status(), "even the right password waits here: " + throttled);
    assertTrue(throttled.headers().firstValue("Retry-After").isPresent(), "the answer says how long: " + throttled);
    assertEquals(429, anon.post("/api/auth/login", login(t.a(), "admin", "guess again")).status());
    assertEquals(200, anon.post("/api/auth/login", login(t.b(), "admin", TwoTenants.ADMIN_PASSWORD)).status(),
        "another name from the same place still logs in");
    LoginThrottleIT.failUntilTheWaitIsFourSeconds(anon, login(t.a(), "no-such-user", "guess"));
    assertEquals(429, anon.post("/api/auth/login", login(t.a(), "no-such-user", "x")).status(),
        "a name without an account is throttled the same, so throttling reveals nothing");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_strict_and_works_alone() throws Exception {
    JsonObject body = login("platform", "admin", SahakumDeployment.adminPassword());
    HttpClient http = HttpClient.newHttpClient();
    String root = SahakumDeployment.root(base).toString();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "api/auth/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
    String pair = cookie.substring(0, cookie.indexOf(';'));
    HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(URI.create(root + "api/modules"))
        .header("Cookie", pair).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, withCookie.statusCode());
  }

  @Test
  void a_planted_session_id_is_never_adopted_and_every_login_gets_a_new_token() throws Exception {
    JsonObject body = login("platform", "admin", SahakumDeployment.adminPassword());
    HttpClient http = HttpClient.newHttpClient();
    String root = SahakumDeployment.root(base).toString();
    String planted = "sahakum_session=attacker-chose-this-value-0123456789abcdef";
    HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(root + "api/auth/login"))
        .header("Content-Type", "application/json").header("Cookie", planted)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, first.statusCode());
    String issued = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertFalse(issued.startsWith(planted + ";"), "the server made its own session id: " + issued);
    HttpResponse<String> withPlanted = http.send(HttpRequest.newBuilder(URI.create(root + "api/modules"))
        .header("Cookie", planted).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, withPlanted.statusCode(), "the planted value opens nothing");

    ApiClient anon = ApiClient.anonymous(base);
    String tokenA = anon.post("/api/auth/login", body).object().getString("token");
    String tokenB = anon.post("/api/auth/login", body).object().getString("token");
    assertFalse(tokenA.equals(tokenB), "each login gets a token of its own");
    ApiClient a = anon.withToken(tokenA);
    assertEquals(204, a.call("POST", "/api/auth/logout", null).status());
    assertEquals(401, a.get("/api/modules").status(), "logout ends that session at once");
    assertEquals(200, anon.withToken(tokenB).get("/api/modules").status(), "and only that one");
  }

  private static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }
}
