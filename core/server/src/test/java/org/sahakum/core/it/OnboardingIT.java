package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
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
 * A regional network onboards: the operator creates it with a one-time invite for its admin; the
 * network admin creates an organisation with a one-time invite for its admin; that admin chooses
 * the organisation's modules and keeps a register the network never reads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingIT {
  private static final String PASSWORD = "a long enough password";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_network_and_its_organisation_onboard_by_one_time_invites_and_the_wall_holds() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String net = "net-" + suffix;
    String org = "org-" + suffix;
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")).status());
    JsonObject netInvite = issue(operator, net);
    assertEquals("first-admin", netInvite.getString("kind"));
    ApiResponse accepted = anon.post("/api/t/" + net + "/admin-invites/accept", accept(netInvite, "nadmin"));
    assertEquals(201, accepted.status(), accepted.toString());
    assertEquals(404, anon.post("/api/t/" + net + "/admin-invites/accept", accept(netInvite, "second")).status(),
        "an invite serves once");
    assertEquals(403, operator.call("POST", "/api/t/" + net + "/admin-invites", null).status(),
        "once the network has its admin, the operator no longer invites admins there");
    ApiClient netAdmin = anon.login(net, "nadmin", PASSWORD);

    assertEquals(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)).status());
    JsonObject orgInvite = issue(netAdmin, org);
    JsonObject spare = issue(netAdmin, org);
    assertEquals(201, anon.post("/api/t/" + org + "/admin-invites/accept", accept(orgInvite, "oadmin")).status());
    assertEquals(404, anon.post("/api/t/" + org + "/admin-invites/accept", accept(spare, "takeover")).status(),
        "a first-admin invite is void once the organisation has an account");
    assertEquals(404, anon.post("/api/t/" + net + "/admin-invites/accept", accept(orgInvite, "elsewhere")).status(),
        "an invite serves only its own tenant");
    ApiClient orgAdmin = anon.login(org, "oadmin", PASSWORD);
    assertEquals(200, orgAdmin.put("/api/t/" + org + "/modules/notes", Json.createObjectBuilder().add("enabled", true)
        .build()).status(), "the organisation chooses its own modules");
    assertEquals(201, orgAdmin.post("/api/t/" + org + "/members", Json.createObjectBuilder()
        .add("workingName", "Dara Fictional").build()).status());
    JsonObject coAdmin = issue(orgAdmin, org);
    assertEquals("admin", coAdmin.getString("kind"), "its own admins invite further admins");
    JsonObject ownList = orgAdmin.get("/api/t/" + org + "/admin-invites").object();
    assertEquals(1, ownList.getJsonArray("invites").size(), "the void first-admin spare is not listed: " + ownList);
    assertEquals("oadmin", ownList.getJsonArray("invites").getJsonObject(0).getJsonObject("issuedBy").getString("username"));
    JsonObject seenAbove = netAdmin.get("/api/t/" + org + "/admin-invites").object();
    assertTrue(seenAbove.getBoolean("hasAccount"));
    assertFalse(seenAbove.getBoolean("mayIssue"), "the creator learns that the organisation has its admin: " + seenAbove);
    assertEquals(0, seenAbove.getJsonArray("invites").size(), "and never sees the organisation's own invites");

    assertEquals(403, netAdmin.call("POST", "/api/t/" + org + "/admin-invites", null).status());
    for (String path : new String[] {"/members", "/accounts", "/audit", "/registrations", "/invites", "/notes/notebooks"}) {
      ApiResponse r = netAdmin.get("/api/t/" + org + path);
      assertTrue(r.status() == 403 || r.status() == 404, path + " -> " + r);
      assertFalse(r.body().contains("Dara"), path);
    }
    assertEquals(403, netAdmin.put("/api/t/" + org + "/modules/notes", Json.createObjectBuilder().add("enabled", false)
        .build()).status(), "the network does not choose an organisation's modules");
  }

  @Test
  void bad_acceptances_are_refused_without_an_account() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String net = "net-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")).status());
    JsonObject invite = issue(operator, net);
    assertEquals(400, anon.post("/api/t/" + net + "/admin-invites/accept", Json.createObjectBuilder()
        .add("code", invite.getString("code")).add("username", "x").add("password", "short").build()).status());
    assertEquals(404, anon.post("/api/t/" + net + "/admin-invites/accept", Json.createObjectBuilder()
        .add("code", "ZZZZZZZZZZZZ").add("username", "guesser").add("password", PASSWORD).build()).status());
    assertEquals(201, anon.post("/api/t/" + net + "/admin-invites/accept", accept(invite, "nadmin")).status(),
        "the invite still serves after refused attempts");
  }

  @Test
  void open_invites_are_listed_without_codes_and_a_withdrawn_one_lets_nobody_in() {
    ApiClient anon = ApiClient.anonymous(base);
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String net = "net-" + suffix;
    assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")).status());
    JsonObject leaked = issue(operator, net);
    JsonObject kept = issue(operator, net);
    String path = "/api/t/" + net + "/admin-invites";
    ApiResponse listed = operator.get(path);
    assertEquals(200, listed.status(), listed.toString());
    for (JsonObject issued : new JsonObject[] {leaked, kept}) {
      assertFalse(listed.body().contains(issued.getString("code")), "never a code: " + listed);
    }
    assertFalse(listed.body().contains("\"code") || listed.body().toLowerCase().contains("hash"), listed.toString());
    assertFalse(listed.object().getBoolean("hasAccount"));
    assertTrue(listed.object().getBoolean("mayIssue"));
    JsonArray open = listed.object().getJsonArray("invites");
    assertEquals(2, open.size(), listed.toString());
    JsonObject leakedRow = open.getJsonObject(1);
    assertEquals(leaked.getString("expiresAt"), leakedRow.getString("expiresAt"), "newest first");
    assertEquals("first-admin", leakedRow.getString("kind"));
    assertTrue(leakedRow.containsKey("createdAt") && leakedRow.getJsonObject("issuedBy").containsKey("id"));
    long leakedId = leakedRow.getJsonNumber("id").longValue();
    long keptId = open.getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(leaked.getJsonNumber("id").longValue(), leakedId, "the issuing answer names the id the list uses");

    ApiClient foreign = TwoTenants.organisation(anon, operator, "org-f-" + suffix);
    assertEquals(404, foreign.get(path).status(), "a foreign admin finds no such tenant");
    assertEquals(404, foreign.delete(path + "/" + keptId).status());
    assertEquals(404, foreign.delete("/api/t/org-f-" + suffix + "/admin-invites/" + keptId).status(),
        "an id from another tenant is no invite here");
    assertEquals(401, anon.get(path).status());
    assertEquals(401, anon.delete(path + "/" + keptId).status());

    assertEquals(204, operator.delete(path + "/" + leakedId).status());
    assertEquals(404, operator.delete(path + "/" + leakedId).status(), "withdrawn already");
    ApiResponse refused = anon.post(path + "/accept", accept(leaked, "stranger"));
    assertEquals(404, refused.status(), refused.toString());
    assertEquals(anon.post(path + "/accept", Json.createObjectBuilder().add("code", "ZZZZZZZZZZZZ")
        .add("username", "guesser").add("password", PASSWORD).build()).object().getString("detail"),
        refused.object().getString("detail"), "the same plain answer as a wrong code");
    assertEquals(401, anon.post("/api/auth/login", Json.createObjectBuilder().add("tenant", net).add("username", "stranger")
        .add("password", PASSWORD).build()).status(), "nobody came in");
    JsonObject after = operator.get(path).object();
    assertFalse(after.getBoolean("hasAccount"), "no account was made: " + after);
    assertEquals(1, after.getJsonArray("invites").size());
    assertEquals(keptId, after.getJsonArray("invites").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(201, anon.post(path + "/accept", accept(kept, "nadmin")).status(), "the other invite still serves");
    assertEquals(0, operator.get(path).object().getJsonArray("invites").size(), "a used invite is no longer open");
    ApiResponse trail = anon.login(net, "nadmin", PASSWORD).get("/api/t/" + net + "/audit?limit=20");
    assertTrue(trail.array().getValuesAs(JsonObject.class).stream().anyMatch(e -> "invite.admin.withdrawn".equals(
        e.getString("action")) && String.valueOf(leakedId).equals(e.getString("targetId"))), trail.toString());
    assertFalse(trail.body().contains(leaked.getString("code")), "the trail never holds a code");
  }

  private static JsonObject issue(ApiClient who, String slug) {
    ApiResponse r = who.call("POST", "/api/t/" + slug + "/admin-invites", null);
    assertEquals(201, r.status(), r.toString());
    return r.object();
  }

  private static JsonObject accept(JsonObject invite, String username) {
    return Json.createObjectBuilder().add("code", invite.getString("code")).add("username", username)
        .add("password", PASSWORD).build();
  }

}
