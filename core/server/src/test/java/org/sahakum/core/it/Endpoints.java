package org.sahakum.core.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/** The core's endpoints as the running server reports them, and a valid body for each that takes one. */
final class Endpoints {

  /** A valid body for each endpoint that takes one; a new endpoint without one fails the test. */
  static final Map<String, JsonObject> SAMPLE_BODIES = Map.ofEntries(
      Map.entry("POST /api/tenants", Json.createObjectBuilder().add("slug", "intruder-chapter").add("type", "chapter")
          .add("parent", "{tenant}").add("names", Json.createObjectBuilder().add("km", "ក").add("en", "x")).build()),
      Map.entry("POST /api/t/{tenant}/accounts", Json.createObjectBuilder().add("username", "intruder")
          .add("password", "long enough password").add("roles", Json.createArrayBuilder().add("admin")).build()),
      Map.entry("POST /api/t/{tenant}/members", Json.createObjectBuilder().add("workingName", "Planted").build()),
      Map.entry("POST /api/t/{tenant}/members/search", Json.createObjectBuilder().add("q", "Secret").add("phone", "012345678")
          .add("limit", 10).build()),
      Map.entry("POST /api/t/{tenant}/members/{id}/identity",
          Json.createObjectBuilder().add("reason", "I want to see it").build()),
      Map.entry("PUT /api/t/{tenant}/modules/{module}", Json.createObjectBuilder().add("enabled", false).build()),
      Map.entry("POST /api/t/{tenant}/invites", Json.createObjectBuilder().add("maxUses", 5).build()),
      Map.entry("POST /api/t/{tenant}/registrations", Json.createObjectBuilder().add("inviteCode", "AAAAAAAAAAAA")
          .add("workingName", "Planted").add("username", "planted").add("password", "long enough password")
          .add("consentVersion", "2026-11-v1").build()),
      Map.entry("POST /api/t/{tenant}/registrations/invite",
          Json.createObjectBuilder().add("inviteCode", "AAAAAAAAAAAA").build()),
      Map.entry("POST /api/t/{tenant}/registrations/{id}/reject",
          Json.createObjectBuilder().add("reason", "not from here").build()),
      Map.entry("PUT /api/t/{tenant}/members/{id}", Json.createObjectBuilder().add("workingName", "Renamed").build()),
      Map.entry("PUT /api/t/{tenant}/members/{id}/identity", Json.createObjectBuilder().add("legalName", "Planted")
          .add("reason", "I want to change it").build()),
      Map.entry("PUT /api/t/{tenant}/members/{id}/status", Json.createObjectBuilder().add("status", "suspended").build()),
      Map.entry("PATCH /api/tenants/{slug}", Json.createObjectBuilder().add("names", Json.createObjectBuilder()
          .add("km", "ក").add("en", "Taken over")).build()),
      Map.entry("PUT /api/t/{tenant}/roles/{role}", Json.createObjectBuilder().add("permissions",
          Json.createArrayBuilder().add("member:read")).build()),
      Map.entry("POST /api/platform/tenant-definitions", Json.createObjectBuilder().add("dryRun", false)
          .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "intruder.yaml")
              .add("text", "network:\n  slug: intruder-network\n  blueprint: regional-network\n"
                  + "  names: {km: ក, en: Intruder}\n"))).build()),
      Map.entry("POST /api/t/{tenant}/admin-invites/accept", Json.createObjectBuilder().add("code", "AAAAAAAAAAAA")
          .add("username", "planted-admin").add("password", "long enough password").build()),
      Map.entry("PUT /api/t/{tenant}/indicators/{id}", Json.createObjectBuilder().add("published", true).build()),
      Map.entry("PUT /api/t/{tenant}/shared-lists/{id}", Json.createObjectBuilder().add("published", true).build()),
      Map.entry("PUT /api/t/{tenant}/two-step-requirement", Json.createObjectBuilder().add("required", false).build()),
      Map.entry("POST /api/auth/login", Json.createObjectBuilder().add("tenant", "{tenant}").add("username", "admin")
          .add("password", "wrong password").build()));

  private Endpoints() {}

  /** One endpoint: its HTTP method, its path with templates, whether it reads a body. */
  record Endpoint(String method, String path, boolean takesBody) {
    String key() {
      return method + " " + path;
    }

    boolean tenantAddressed() {
      return path.contains("{tenant}") || path.contains("{slug}");
    }
  }

  /**
   * Every endpoint the running server answers, from its JAX-RS runtime model
   * ({@code GET /api/platform/endpoints}), without the modules' mount: a new endpoint is covered
   * without anyone adding it to a test.
   */
  static List<Endpoint> ofServer(ApiClient operator) {
    ApiResponse r = operator.get("/api/platform/endpoints");
    if (r.status() != 200) {
      throw new AssertionError("the runtime model could not be read: " + r);
    }
    List<Endpoint> found = new ArrayList<>();
    for (JsonObject e : r.array().getValuesAs(JsonObject.class)) {
      if (!"*".equals(e.getString("method"))) {
        found.add(new Endpoint(e.getString("method"), e.getString("path"), e.getBoolean("takesBody")));
      }
    }
    found.sort(Comparator.comparing(Endpoint::key));
    return found;
  }
}
