package org.sahakum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Two organisations, each with its own admin account and the given modules switched on, created
 * through the public API as the platform operator. Slugs are fresh for every call, so tests that
 * share a deployment never share tenants.
 */
public record TwoTenants(String a, ApiClient adminA, String b, ApiClient adminB) {
  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  public static TwoTenants create(ApiClient anonymous, String... modules) {
    ApiClient operator = anonymous.asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String a = "org-a-" + suffix;
    String b = "org-b-" + suffix;
    return new TwoTenants(a, organisation(anonymous, operator, a, modules), b, organisation(anonymous, operator, b, modules));
  }

  /** Creates an organisation with an account {@code admin} holding the role admin, and switches modules on. */
  public static ApiClient organisation(ApiClient anonymous, ApiClient operator, String slug, String... modules) {
    expect(201, operator.post("/api/tenants", Json.createObjectBuilder()
        .add("slug", slug).add("type", "organisation").add("parent", "platform")
        .add("names", Json.createObjectBuilder().add("km", "អង្គការ " + slug).add("en", "Organisation " + slug))
        .build()));
    return account(anonymous, operator, slug, "admin", "admin", modules);
  }

  /** Creates an account with one role in {@code slug} (as {@code creator}), logs it in, switches modules on. */
  public static ApiClient account(ApiClient anonymous, ApiClient creator, String slug, String username, String role,
      String... modules) {
    JsonObject account = Json.createObjectBuilder()
        .add("username", username).add("password", ADMIN_PASSWORD)
        .add("roles", Json.createArrayBuilder().add(role)).build();
    expect(201, creator.post("/api/t/" + slug + "/accounts", account));
    ApiClient client = anonymous.login(slug, username, ADMIN_PASSWORD);
    for (String module : modules) {
      expect(200, client.put("/api/t/" + slug + "/modules/" + module, Json.createObjectBuilder().add("enabled", true).build()));
    }
    return client;
  }

  /** The body of {@code POST /api/tenants} for a tenant named after its slug in both languages. */
  public static JsonObject tenantBody(String slug, String type, String parent) {
    return Json.createObjectBuilder().add("slug", slug).add("type", type).add("parent", parent)
        .add("names", Json.createObjectBuilder().add("km", "ក " + slug).add("en", slug)).build();
  }

  static ApiResponse expect(int status, ApiResponse response) {
    if (response.status() != status) {
      throw new AssertionError("expected " + status + " but got " + response);
    }
    return response;
  }
}
