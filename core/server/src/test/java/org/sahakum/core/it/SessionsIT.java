package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sahakum.testkit.TwoTenants;

/** Sessions end when an account is disabled; guessing is throttled; the browser cookie is locked down. */
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
  void a_hundred_failures_an_hour_stop_a_name_but_not_the_others() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < 100; i++) {
      assertEquals(401, anon.post("/api/auth/login", login(t.a(), "admin", "guess " + i)).status());
    }
    ApiResponse throttled = anon.post("/api/auth/login", login(t.a(), "admin", TwoTenants.ADMIN_PASSWORD));
    assertEquals(429, throttled.status(), "even the right password waits: " + throttled);
    assertEquals(429, anon.post("/api/auth/login", login(t.a(), "admin", "guess again")).status());
    assertEquals(200, anon.post("/api/auth/login", login(t.b(), "admin", TwoTenants.ADMIN_PASSWORD)).status(),
        "another name from the same place still logs in");
    for (int i = 0; i < 100; i++) {
      anon.post("/api/auth/login", login(t.a(), "no-such-user", "guess " + i));
    }
    assertEquals(429, anon.post("/api/auth/login", login(t.a(), "no-such-user", "x")).status(),
        "a name without an account is throttled the same, so throttling reveals nothing");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_strict_and_works_alone() throws Exception {
    JsonObject body = login("platform", "admin", org.sahakum.testkit.SahakumDeployment.adminPassword());
    HttpClient http = HttpClient.newHttpClient();
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
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

  private static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }
}
