package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * Changing one's own password, an admin's reset that forces a change at the next login, and the
 * strength rule wherever a password is set (issue 13, items 7 and 9).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordsIT {
  private static final String OLD = TwoTenants.ADMIN_PASSWORD;
  private static final String NEW = "rice river motorbike lantern";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void changing_my_password_needs_the_old_one_ends_my_other_sessions_and_keeps_this_one() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient here = TwoTenants.account(anon, t.adminA(), t.a(), "organiser1", "organiser");
    ApiClient elsewhere = anon.login(t.a(), "organiser1", OLD);

    assertEquals(401, anon.post("/api/auth/password", change(OLD, NEW)).status());
    assertRefused(here.post("/api/auth/password", change("not my password", NEW)), "password-current-wrong",
        "currentPassword");
    assertRefused(here.post("/api/auth/password", change(OLD, "password1234")), "password-common", "newPassword");
    assertRefused(here.post("/api/auth/password", change(OLD, "organiser1-" + t.a())), "password-personal", "newPassword");
    assertRefused(here.post("/api/auth/password", change(OLD, OLD)), "password-unchanged", "newPassword");
    assertEquals(200, elsewhere.get("/api/t/" + t.a() + "/members").status(), "refusals change nothing");

    ApiResponse changed = here.post("/api/auth/password", change(OLD, NEW));
    assertEquals(204, changed.status(), changed.toString());
    assertEquals(200, here.get("/api/t/" + t.a() + "/members").status(), "this session stays");
    assertEquals(401, elsewhere.get("/api/t/" + t.a() + "/members").status(), "every other session ended");
    assertEquals(401, anon.post("/api/auth/login", login(t.a(), "organiser1", OLD)).status());
    ApiResponse again = anon.post("/api/auth/login", login(t.a(), "organiser1", NEW));
    assertEquals(200, again.status());
    assertFalse(again.object().getBoolean("passwordChangeRequired"));
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=account.password.changed").array().size());
  }

  @Test
  void an_admin_reset_forces_a_change_at_the_next_login_and_allows_nothing_else_until_then() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient before = TwoTenants.account(anon, t.adminA(), t.a(), "organiser1", "organiser");
    long id = accountId(t.adminA(), t.a(), "organiser1");

    ApiResponse reset = t.adminA().call("POST", "/api/t/" + t.a() + "/accounts/" + id + "/password-reset", null);
    assertEquals(200, reset.status(), reset.toString());
    String temporary = reset.object().getString("temporaryPassword");
    assertEquals("organiser1", reset.object().getString("username"));
    assertEquals(401, before.get("/api/t/" + t.a() + "/members").status(), "the account's sessions ended");
    assertEquals(401, anon.post("/api/auth/login", login(t.a(), "organiser1", OLD)).status(), "the old password is gone");

    ApiResponse loggedIn = anon.post("/api/auth/login", login(t.a(), "organiser1", temporary));
    assertEquals(200, loggedIn.status());
    assertTrue(loggedIn.object().getBoolean("passwordChangeRequired"), "the app is told at login");
    ApiClient forced = anon.withToken(loggedIn.object().getString("token"));
    for (String path : new String[] {"/api/t/" + t.a() + "/members", "/api/auth/me", "/api/t/" + t.a() + "/modules",
        "/api/tenants/" + t.a()}) {
      ApiResponse r = forced.get(path);
      assertEquals(403, r.status(), path + " -> " + r);
      assertEquals("password-change-required", r.object().getString("code"), path);
    }
    assertEquals(403, forced.post("/api/t/" + t.a() + "/members", Json.createObjectBuilder().add("workingName", "X")
        .build()).status());
    assertRefused(forced.post("/api/auth/password", change(temporary, temporary)), "password-unchanged", "newPassword");

    assertEquals(204, forced.post("/api/auth/password", change(temporary, NEW)).status());
    assertEquals(200, forced.get("/api/t/" + t.a() + "/members").status(), "once changed, the same session works");
    assertFalse(anon.post("/api/auth/login", login(t.a(), "organiser1", NEW)).object().getBoolean("passwordChangeRequired"));
    assertEquals(401, anon.post("/api/auth/login", login(t.a(), "organiser1", temporary)).status());
    ApiResponse audit = t.adminA().get("/api/t/" + t.a() + "/audit?action=account.password.reset");
    assertEquals(1, audit.array().size());
    assertEquals(String.valueOf(id), audit.array().getJsonObject(0).getString("targetId"));
    assertFalse(audit.body().contains(temporary), "the temporary password is never on record");
  }

  @Test
  void a_reset_never_crosses_the_wall_nor_reaches_above_the_one_who_resets() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser1", "organiser");
    TwoTenants.account(anon, t.adminA(), t.a(), "paralegal1", "paralegal");
    long admin = accountId(t.adminA(), t.a(), "admin");
    long paralegal = accountId(t.adminA(), t.a(), "paralegal1");
    String resetOf = "/api/t/" + t.a() + "/accounts/%d/password-reset";

    assertEquals(404, t.adminB().call("POST", resetOf.formatted(paralegal), null).status(), "a foreign admin finds nothing");
    assertEquals(403, organiser.call("POST", resetOf.formatted(paralegal), null).status(), "no account:create, no reset");
    assertEquals(403, t.adminA().call("POST", resetOf.formatted(admin), null).status(), "not one's own: change it instead");
    assertEquals(404, t.adminA().call("POST", resetOf.formatted(987_654_321L), null).status());

    assertEquals(200, t.adminA().put("/api/t/" + t.a() + "/roles/organiser", Json.createObjectBuilder().add("permissions",
        Json.createArrayBuilder().add("tenant:read").add("modules:use").add("account:create")).build()).status());
    ApiResponse aboveMe = organiser.call("POST", resetOf.formatted(admin), null);
    assertEquals(403, aboveMe.status(), "an organiser who manages accounts cannot take over an admin: " + aboveMe);
    assertEquals(200, anon.post("/api/auth/login", login(t.a(), "admin", OLD)).status(), "the admin's password stands");
    assertEquals(200, organiser.call("POST", resetOf.formatted(paralegal), null).status(),
        "a paralegal holds nothing the organiser lacks");

    ApiClient operator = anon.asPlatformAdmin();
    String network = "net-" + Long.toString(System.nanoTime(), 36);
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(network, "network", "platform")).status());
    ApiClient networkAdmin = TwoTenants.account(anon, operator, network, "admin", "admin");
    String org = network + "-org";
    assertEquals(201, networkAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", network)).status());
    ApiClient orgAdmin = TwoTenants.account(anon, networkAdmin, org, "first", "admin");
    long first = accountId(orgAdmin, org, "first");
    ApiResponse fromAbove = networkAdmin.call("POST", "/api/t/" + org + "/accounts/" + first + "/password-reset", null);
    assertTrue(fromAbove.status() == 403 || fromAbove.status() == 404, "the network cannot reset below the wall: " + fromAbove);
    assertEquals(200, anon.post("/api/auth/login", login(org, "first", OLD)).status());
  }

  @Test
  void weak_passwords_are_refused_wherever_a_password_is_set() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String accounts = "/api/t/" + t.a() + "/accounts";
    assertRefused(t.adminA().post(accounts, account("sokha", "password1234")), "password-common", "password");
    assertRefused(t.adminA().post(accounts, account("sokha", "sokha-" + t.a())), "password-personal", "password");
    assertRefused(t.adminA().post(accounts, account("sokha", "Organisation " + t.a() + "!")), "password-personal", "password");
    assertRefused(t.adminA().post(accounts, account("sokha", "aaaaaaaaaaaaaaaa")), "password-guessable", "password");
    assertEquals(201, t.adminA().post(accounts, account("sokha", NEW)).status());

    String code = t.adminA().call("POST", "/api/t/" + t.a() + "/admin-invites", null).object().getString("code");
    String accept = "/api/t/" + t.a() + "/admin-invites/accept";
    assertRefused(anon.post(accept, Json.createObjectBuilder().add("code", code).add("username", "dara")
        .add("password", "qwertyuiop123").build()), "password-common", "password");
    assertEquals(201, anon.post(accept, Json.createObjectBuilder().add("code", code).add("username", "dara")
        .add("password", NEW).build()).status(), "a refused password does not use the invite up");

    String invite = t.adminA().post("/api/t/" + t.a() + "/invites", Json.createObjectBuilder().build()).object()
        .getString("code");
    String consent = anon.get("/api/consent").object().getString("version");
    JsonObject weak = Json.createObjectBuilder().add("inviteCode", invite).add("workingName", "Lina").add("username", "lina")
        .add("password", "iloveyou2024").add("consentVersion", consent).build();
    assertRefused(anon.post("/api/t/" + t.a() + "/registrations", weak), "password-common", "password");
    assertEquals(0, t.adminA().get("/api/t/" + t.a() + "/registrations?status=pending").array().size(), "nobody joined");
  }

  private static void assertRefused(ApiResponse r, String code, String field) {
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(code, r.object().getString("code"), r.toString());
    assertEquals(field, r.object().getString("field"), r.toString());
    assertFalse(r.object().getString("detail").isBlank());
  }

  private static long accountId(ApiClient admin, String tenant, String username) {
    return admin.get("/api/t/" + tenant + "/accounts").array().stream().map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static JsonObject change(String current, String next) {
    return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
  }

  private static JsonObject account(String username, String password) {
    return Json.createObjectBuilder().add("username", username).add("password", password)
        .add("roles", Json.createArrayBuilder().add("organiser")).build();
  }

  private static JsonObject login(String tenant, String username, String password) {
    return Json.createObjectBuilder().add("tenant", tenant).add("username", username).add("password", password).build();
  }
}
