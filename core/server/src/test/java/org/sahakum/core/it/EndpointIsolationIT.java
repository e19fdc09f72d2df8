package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Invariant 1: every endpoint of the core, found from the JAX-RS annotations of its classes (so a
 * new endpoint is covered without anyone adding it here), called on organisation A's URLs by
 * another organisation's admin and by the admin of A's own network, above A's wall. Neither may
 * get a success, a server error, or any of A's data; afterwards A's data is as A left it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointIsolationIT {
  private static final String SECRET = "Secret Working Name";

  /**
   * What a network admin may see of an organisation below it: the structure, never its rows. As the
   * organisation's creator it may ask about admin invites there, and learns only that it has an
   * account (the test below checks that A's own invite is not in the answer).
   */
  private static final Set<String> STRUCTURAL_FOR_NETWORK = Set.of("GET /api/tenants/{slug}", "GET /api/tenants/{slug}/subtree",
      "GET /api/t/{tenant}/modules",
      "GET /api/t/{tenant}/permissions", "GET /api/t/{tenant}/admin-invites");

  private static final Map<String, JsonObject> BODIES = Endpoints.SAMPLE_BODIES;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void no_endpoint_leaks_an_organisation_to_a_foreign_admin_or_to_its_network() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = Long.toString(System.nanoTime(), 36);
    String network = "net-" + suffix;
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(network, "network", "platform")).status());
    ApiClient networkAdmin = TwoTenants.account(anon, operator, network, "admin", "admin");
    String a = "org-a-" + suffix;
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(a, "organisation", network)).status());
    ApiClient adminA = TwoTenants.account(anon, operator, a, "admin", "admin", "notes");
    ApiClient adminB = TwoTenants.organisation(anon, operator, "org-b-" + suffix, "notes");
    ApiResponse member = adminA.post("/api/t/" + a + "/members", Json.createObjectBuilder().add("workingName", SECRET).build());
    assertEquals(201, member.status(), member.toString());
    long memberId = member.object().getJsonNumber("id").longValue();
    ApiResponse invite = adminA.post("/api/t/" + a + "/invites", Json.createObjectBuilder().build());
    assertEquals(201, invite.status(), invite.toString());
    long inviteId = invite.object().getJsonNumber("id").longValue();
    assertEquals(201, anon.post("/api/t/" + a + "/registrations", Json.createObjectBuilder()
        .add("inviteCode", invite.object().getString("code")).add("workingName", SECRET).add("username", "waiting")
        .add("password", "long enough password").add("consentVersion", "2026-11-v1").build()).status());
    long pendingId = adminA.get("/api/t/" + a + "/registrations?status=pending").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    assertEquals(201, adminA.post("/api/t/" + a + "/notes/notebooks", Json.createObjectBuilder().add("title", SECRET).build()).status());

    assertEquals(201, adminA.call("POST", "/api/t/" + a + "/admin-invites", null).status());
    long adminInviteId = adminA.get("/api/t/" + a + "/admin-invites").object().getJsonArray("invites").getJsonObject(0)
        .getJsonNumber("id").longValue();
    long adminAccountId = adminA.get("/api/t/" + a + "/accounts").array().getJsonObject(0).getJsonNumber("id").longValue();
    List<Endpoints.Endpoint> endpoints = Endpoints.ofServer(operator);
    assertTrue(endpoints.size() >= 14, "the scan found the core's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (Endpoints.Endpoint e : endpoints) {
      if (!e.tenantAddressed() && !BODIES.containsKey(e.key())) {
        continue;
      }
      long id = e.path().contains("/admin-invites/") ? adminInviteId : e.path().contains("/invites/") ? inviteId : e.path().contains("/registrations/") ? pendingId
          : e.path().contains("/accounts/") ? adminAccountId : memberId;
      String path = e.path().replace("{tenant}", a).replace("{slug}", a).replace("{id}", String.valueOf(id))
          .replace("{module}", "notes").replace("{role}", "member").replace("{file}", "summary.js");
      JsonObject body = e.takesBody() ? body(e, a) : null;
      check(leaks, "foreign admin", e, adminB.call(e.method(), path, body), false);
      ApiResponse above = networkAdmin.call(e.method(), path, body);
      check(leaks, "network admin", e, above, STRUCTURAL_FOR_NETWORK.contains(e.key()));
      if (above.status() < 300 && above.body().contains("\"id\":" + adminInviteId + ",")) {
        leaks.add("network admin " + e.key() + " sees A's admin invite -> " + above);
      }
    }
    for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
      for (String sub : List.of("/notebooks", "/notes", "/anything/at/all")) {
        Endpoints.Endpoint mount = new Endpoints.Endpoint(method, "/api/t/{tenant}/notes" + sub, false);
        JsonObject empty = method.equals("POST") || method.equals("PUT") ? Json.createObjectBuilder().build() : null;
        check(leaks, "foreign admin", mount, adminB.call(method, "/api/t/" + a + "/notes" + sub, empty), false);
        check(leaks, "network admin", mount, networkAdmin.call(method, "/api/t/" + a + "/notes" + sub, empty), false);
      }
    }
    // the staff names endpoint with the question it answers: still nothing of A's beyond A
    String staff = "/api/t/" + a + "/staff?holding=member:read";
    ApiResponse named = adminA.get(staff);
    assertEquals(200, named.status(), "A's admin names A's staff");
    assertTrue(named.body().contains("\"username\":\"admin\"") && !named.body().contains("waiting"),
        "A's admin, never the member who registered: " + named);
    check(leaks, "foreign admin", new Endpoints.Endpoint("GET", staff, false), adminB.get(staff), false);
    check(leaks, "network admin", new Endpoints.Endpoint("GET", staff, false), networkAdmin.get(staff), false);
    assertEquals(List.of(), leaks);
    assertEquals(1, adminA.get("/api/t/" + a + "/members?status=active").array().size(), "nothing was planted in A's register");
    assertEquals(SECRET, adminA.get("/api/t/" + a + "/members/" + memberId).object().getString("workingName"),
        "A's member kept the name A gave");
    assertEquals(0, adminA.get("/api/t/" + a + "/audit?action=member.identity.changed").array().size(),
        "no one changed the identity of A's member");
    assertEquals(1, adminA.get("/api/t/" + a + "/registrations").array().size(), "the pending registration still waits");
    assertFalse(adminA.get("/api/t/" + a + "/invites").array().getJsonObject(0).getBoolean("revoked"), "A's invite stands");
    assertEquals(1, adminA.get("/api/t/" + a + "/admin-invites").object().getJsonArray("invites").size(),
        "A's admin invite is still open");
    assertEquals(1, adminA.get("/api/t/" + a + "/notes/notebooks").array().size(), "A's notebooks are as A left them");
    assertEquals(List.of("notes"), adminA.get("/api/tenants/" + a).object().getJsonArray("modules").getValuesAs(
        jakarta.json.JsonString::getString), "A's modules are as A left them");
    assertEquals(404, adminA.get("/api/tenants/intruder-chapter").status(), "no chapter was created under A");
    assertEquals(200, adminA.get("/api/t/" + a + "/accounts").status(), "A's admin still works: nobody disabled it");
  }

  @Test
  void path_tricks_never_reach_another_organisation() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = Long.toString(System.nanoTime(), 36);
    String a = "org-a-" + suffix;
    String b = "org-b-" + suffix;
    ApiClient adminA = TwoTenants.organisation(anon, operator, a);
    ApiClient adminB = TwoTenants.organisation(anon, operator, b);
    assertEquals(201, adminA.post("/api/t/" + a + "/members", Json.createObjectBuilder().add("workingName", SECRET).build()).status());
    List<String> tricks = List.of(
        "/api/t/" + b + "/../" + a + "/members",
        "/api/t/" + b + "/%2e%2e/" + a + "/members",
        "/api/t/" + b + "/%2E%2E/" + a + "/members",
        "/api/t/" + b + "/..%2f" + a + "/members",
        "/api/t/" + b + "%2f..%2f" + a + "/members",
        "/api/t/" + a + ";tenant=" + b + "/members",
        "/api/t/" + b + ";/../" + a + "/members",
        "//api/t/" + a + "/members",
        "/api/t//" + a + "/members",
        "/api/t/" + a.toUpperCase() + "/members",
        "/api/t/" + a + "%00/members",
        "/api/t/%20" + a + "/members");
    List<String> leaks = new ArrayList<>();
    for (String path : tricks) {
      ApiResponse r = adminB.get(path);
      if ((r.status() >= 200 && r.status() < 300) || r.status() >= 500 || r.body().contains(SECRET)) {
        leaks.add(path + " -> " + r);
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(404, adminA.get("/api/t/" + a.toUpperCase() + "/members").status(), "slugs are never case-folded");
  }

  private static void check(List<String> leaks, String who, Endpoints.Endpoint e, ApiResponse r, boolean structuralAllowed) {
    boolean success = r.status() >= 200 && r.status() < 300;
    if ((success && !structuralAllowed) || r.status() >= 500 || r.body().contains(SECRET)) {
      leaks.add(who + " " + e.key() + " -> " + r);
    }
  }

  private static JsonObject body(Endpoints.Endpoint e, String tenant) {
    JsonObject sample = BODIES.get(e.key());
    assertFalse(sample == null, "no sample body for " + e.key() + ": add one to BODIES");
    return Json.createReader(new java.io.StringReader(sample.toString().replace("{tenant}", tenant))).readObject();
  }

}
