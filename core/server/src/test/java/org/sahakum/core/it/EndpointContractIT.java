package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
 * Every endpoint of the core, found by scanning, against two contracts: the role × endpoint
 * matrix (each role reaches exactly what its default permissions say) and bad input (malformed,
 * unknown, ill-typed, control characters, oversized: always a 4xx, and nothing written).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointContractIT {
  private static final String ANYBODY = "";
  private static final String PLATFORM_ONLY = "platform";
  private static final long NO_SUCH_ID = 987_654_321L;

  /** The permission each endpoint needs at the tenant in its URL (or the body's parent); a new endpoint needs a line. */
  private static final Map<String, String> NEEDS = Map.ofEntries(
      Map.entry("POST /api/tenants", "tenant:create"),
      Map.entry("POST /api/platform/tenant-definitions", PLATFORM_ONLY),
      Map.entry("GET /api/tenants/{slug}", "tenant:read"),
      Map.entry("GET /api/tenants/{slug}/subtree", "tenant:read"),
      Map.entry("PATCH /api/tenants/{slug}", "tenant:manage"),
      Map.entry("PUT /api/tenants/{slug}/suspension", PLATFORM_ONLY),
      Map.entry("DELETE /api/tenants/{slug}/suspension", PLATFORM_ONLY),
      Map.entry("GET /api/t/{tenant}/modules", "tenant:read"),
      Map.entry("GET /api/t/{tenant}/permissions", "tenant:read"),
      Map.entry("PUT /api/t/{tenant}/modules/{module}", "tenant:modules:manage"),
      Map.entry("GET /api/t/{tenant}/modules/{module}/elements/{file}", "modules:use"),
      Map.entry("POST /api/t/{tenant}/lockdown", "tenant:lockdown"),
      Map.entry("POST /api/t/{tenant}/lockdown/lift", "tenant:lockdown"),
      Map.entry("GET /api/t/{tenant}/team-leaders", "team-leader:read"),
      Map.entry("GET /api/t/{tenant}/invites", "invite:manage"),
      Map.entry("POST /api/t/{tenant}/invites", "invite:manage"),
      Map.entry("DELETE /api/t/{tenant}/invites/{id}", "invite:manage"),
      Map.entry("POST /api/t/{tenant}/registrations", ANYBODY),
      Map.entry("POST /api/t/{tenant}/registrations/invite", ANYBODY),
      Map.entry("POST /api/t/{tenant}/admin-invites", "account:create"),
      Map.entry("POST /api/t/{tenant}/admin-invites/accept", ANYBODY),
      Map.entry("GET /api/t/{tenant}/admin-invites", "account:create"),
      Map.entry("DELETE /api/t/{tenant}/admin-invites/{id}", "account:create"),
      Map.entry("GET /api/t/{tenant}/registrations", "member:approve"),
      Map.entry("GET /api/t/{tenant}/registrations/count", "member:approve"),
      Map.entry("POST /api/t/{tenant}/registrations/{id}/approve", "member:approve"),
      Map.entry("POST /api/t/{tenant}/registrations/{id}/reject", "member:approve"),
      Map.entry("GET /api/t/{tenant}/roles", "role:manage"),
      Map.entry("PUT /api/t/{tenant}/roles/{role}", "role:manage"),
      Map.entry("DELETE /api/t/{tenant}/roles/{role}", "role:manage"),
      Map.entry("GET /api/t/{tenant}/accounts", "account:create"),
      Map.entry("POST /api/t/{tenant}/accounts", "account:create"),
      Map.entry("POST /api/t/{tenant}/accounts/{id}/disable", "account:disable"),
      Map.entry("POST /api/t/{tenant}/accounts/{id}/two-step/disable", "account:disable"),
      Map.entry("GET /api/t/{tenant}/two-step-requirement", "tenant:manage"),
      Map.entry("PUT /api/t/{tenant}/two-step-requirement", "tenant:manage"),
      Map.entry("POST /api/t/{tenant}/accounts/{id}/password-reset", "account:create"),
      Map.entry("GET /api/t/{tenant}/audit", "audit:read"),
      Map.entry("GET /api/t/{tenant}/audit/verify", "audit:read"),
      Map.entry("GET /api/t/{tenant}/keys", "keys:rotate"),
      Map.entry("GET /api/t/{tenant}/indicators", "indicator:publish"),
      Map.entry("PUT /api/t/{tenant}/indicators/{id}", "indicator:publish"),
      Map.entry("GET /api/t/{tenant}/dashboard", "network:dashboard:read"),
      Map.entry("GET /api/t/{tenant}/shared-lists", "indicator:publish"),
      Map.entry("PUT /api/t/{tenant}/shared-lists/{id}", "indicator:publish"),
      Map.entry("GET /api/t/{tenant}/shared-by-organisations", "network:dashboard:read"),
      Map.entry("POST /api/t/{tenant}/keys/rotation", "keys:rotate"),
      Map.entry("GET /api/t/{tenant}/staff", "modules:use"),
      Map.entry("GET /api/t/{tenant}/members", "member:read"),
      Map.entry("POST /api/t/{tenant}/members", "member:write"),
      Map.entry("POST /api/t/{tenant}/members/search", "member:read"),
      Map.entry("GET /api/t/{tenant}/members/{id}", "member:read"),
      Map.entry("GET /api/t/{tenant}/members/export", "member:export"),
      Map.entry("POST /api/t/{tenant}/members/{id}/identity", "member:identity:read"),
      Map.entry("PUT /api/t/{tenant}/members/{id}/status", "member:write"),
      Map.entry("PUT /api/t/{tenant}/members/{id}", "member:write"),
      Map.entry("PUT /api/t/{tenant}/members/{id}/identity", "member:identity:read"),
      Map.entry("GET /api/t/{tenant}/members/{id}/summaries", "member:read"),
      Map.entry("POST /api/t/{tenant}/members/{id}/erasure", "member:erase"));

  /** What each non-admin role holds by default, as the catalogue says. */
  private static final Map<String, Set<String>> DEFAULTS = Map.of(
      "organiser", Set.of("tenant:read", "modules:use", "member:read", "member:write", "invite:manage", "member:approve",
          "team-leader:read"),
      "paralegal", Set.of("tenant:read", "modules:use"),
      "health-worker", Set.of("tenant:read", "modules:use"),
      "teacher", Set.of("tenant:read", "modules:use"),
      "treasurer", Set.of("tenant:read", "modules:use"),
      "team-leader", Set.of("tenant:read", "modules:use", "member:read", "invite:manage", "member:approve"),
      "member", Set.of("tenant:read", "modules:use"));

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void each_role_reaches_exactly_what_its_permissions_say() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    List<String> wrong = new ArrayList<>();
    List<Endpoints.Endpoint> endpoints = tenantEndpoints(anon);
    for (String role : List.of("organiser", "paralegal", "health-worker", "teacher", "treasurer", "team-leader", "member",
        "admin")) {
      ApiClient client = TwoTenants.account(anon, t.adminA(), t.a(), "r-" + role, role);
      for (Endpoints.Endpoint e : endpoints) {
        String needs = NEEDS.get(e.key());
        if (needs.equals(ANYBODY)) {
          continue;
        }
        boolean allowed = !needs.equals(PLATFORM_ONLY)
            && ("admin".equals(role) || DEFAULTS.get(role).contains(needs));
        ApiResponse r = client.call(e.method(), path(e, t.a(), NO_SUCH_ID), e.takesBody() ? body(e, t.a()) : null);
        boolean refused = r.status() == 403;
        if (allowed == refused || r.status() == 401 || r.status() >= 500) {
          wrong.add(role + " " + e.key() + " expected " + (allowed ? "allowed" : "403") + " got " + r);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void bad_input_to_any_endpoint_gets_a_4xx_and_writes_nothing() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon, "notes");
    long memberId = t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder()
        .add("workingName", "Kept As Is").build()).object().getJsonNumber("id").longValue();
    long before = auditHead(t);
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (Endpoints.Endpoint e : tenantEndpoints(anon)) {
      if (!e.takesBody()) {
        continue;
      }
      String path = path(e, t.a(), memberId);
      for (Map.Entry<String, String> bad : badBodies(body(e, t.a())).entrySet()) {
        ApiResponse r = t.adminA().callRaw(e.method(), path, bad.getValue());
        sent++;
        if (r.status() < 400 || r.status() >= 500 || !r.body().contains("\"detail\"")) {
          wrong.add(e.key() + " with " + bad.getKey() + " -> " + r);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(sent > 60, "bad bodies sent: " + sent);
    assertEquals(before, auditHead(t), "no write reached the audit trail");
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/members").array().size(), "the register is as it was");
    assertEquals(List.of(), t.adminA().get("/api/tenants/" + t.a()).object().getJsonArray("children"));
  }

  /** Broken variants of a valid body: each must be refused. */
  private static Map<String, String> badBodies(JsonObject valid) {
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("malformed JSON", "{\"unclosed\": ");
    bad.put("an array", "[]");
    bad.put("an unknown field", with(valid, "tenantId", Json.createValue(1)).toString());
    for (Map.Entry<String, JsonValue> field : valid.entrySet()) {
      if (field.getValue() instanceof JsonString) {
        bad.put(field.getKey() + " as a number", with(valid, field.getKey(), Json.createValue(12345)).toString());
        bad.put(field.getKey() + " with a control character",
            with(valid, field.getKey(), Json.createValue("a\u0007b")).toString());
        bad.put(field.getKey() + " oversized", with(valid, field.getKey(), Json.createValue("x".repeat(20_000))).toString());
      } else if (field.getValue().getValueType() == JsonValue.ValueType.NUMBER) {
        bad.put(field.getKey() + " as text", with(valid, field.getKey(), Json.createValue("many")).toString());
      }
    }
    return bad;
  }

  private static JsonObject with(JsonObject o, String key, JsonValue value) {
    JsonObjectBuilder b = Json.createObjectBuilder(o);
    return b.add(key, value).build();
  }

  private long auditHead(TwoTenants t) {
    return t.adminA().get("/api/t/" + t.a() + "/audit?limit=1").array().getJsonObject(0).getJsonNumber("seq").longValue();
  }

  private static List<Endpoints.Endpoint> tenantEndpoints(ApiClient anon) {
    List<Endpoints.Endpoint> found = new ArrayList<>();
    for (Endpoints.Endpoint e : Endpoints.ofServer(anon.asPlatformAdmin())) {
      if (e.tenantAddressed() || Endpoints.SAMPLE_BODIES.containsKey(e.key()) && !e.key().startsWith("POST /api/auth")) {
        assertTrue(NEEDS.containsKey(e.key()), "no expected permission for " + e.key() + ": add it to NEEDS");
        found.add(e);
      }
    }
    return found;
  }

  private static String path(Endpoints.Endpoint e, String tenant, long id) {
    return e.path().replace("{tenant}", tenant).replace("{slug}", tenant).replace("{id}", String.valueOf(id))
        .replace("{module}", "notes").replace("{role}", "member").replace("{file}", "summary.js");
  }

  private static JsonObject body(Endpoints.Endpoint e, String tenant) {
    return Json.createReader(new java.io.StringReader(Endpoints.SAMPLE_BODIES.get(e.key()).toString()
        .replace("{tenant}", tenant))).readObject();
  }
}
