package org.sahakum.plugins.organising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.TwoTenants;

/**
 * What the organising integration tests share: the deployment's URL, the isolation contract's
 * answers (on the workplaces), and the calls that set up an organisation with the module on.
 */
abstract class OrganisingFixture extends ModuleIsolationContract {
  static final String SECRET = "Secret Organising Name";

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return OrganisingModule.ID;
  }

  @Override
  protected String collection() {
    return "workplaces";
  }

  @Override
  protected JsonObject newRow() {
    return workplace("Riverside KTV").build();
  }

  ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  static JsonObjectBuilder workplace(String label) {
    return Json.createObjectBuilder().add("label", label).add("workplaceKind", "karaoke-ktv").add("place", "pp-sen-sok")
        .add("sangkat", "Toek Thla").add("ownerAttitude", "neutral").add("raidFrequency", "monthly");
  }

  /** A visit to a workplace reaching two members and three others, one invited, giving {@code condoms}. */
  static JsonObject visit(long workplaceId, int condoms) {
    return Json.createObjectBuilder().add("visitedOn", "2026-11-20").add("workplaceId", workplaceId)
        .add("membersReturning", 2).add("othersNew", 3).add("invitedToJoin", 1).add("maleCondoms", condoms)
        .add("raids", true).build();
  }

  static JsonObject receipt(String kind, int quantity) {
    return Json.createObjectBuilder().add("materialKind", kind).add("quantity", quantity).add("receivedOn", "2026-11-01")
        .add("source", "Partner clinic").build();
  }

  static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }

  static ApiResponse expect(int status, ApiResponse r) {
    assertEquals(status, r.status(), r.toString());
    return r;
  }

  static long id(ApiResponse r) {
    return r.object().getJsonNumber("id").longValue();
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }

  /** An organisation with organising on, its admin, one member (working name {@link #SECRET}) and a workplace. */
  record Org(String slug, ApiClient admin, long memberId, String memberCode, long workplaceId) {
    static Org create(ApiClient anonymous) {
      String slug = "organising-" + UUID.randomUUID().toString().substring(0, 8);
      ApiClient admin = TwoTenants.organisation(anonymous, anonymous.asPlatformAdmin(), slug, OrganisingModule.ID);
      JsonObject m = expect(201, admin.post("/api/t/" + slug + "/members",
          Json.createObjectBuilder().add("workingName", SECRET).build())).object();
      long workplace = id(expect(201, admin.post("/api/t/" + slug + "/organising/workplaces",
          workplace("Lotus massage").build())));
      return new Org(slug, admin, m.getJsonNumber("id").longValue(), m.getString("memberCode"), workplace);
    }

    String path(String rest) {
      return "/api/t/" + slug + "/organising/" + rest;
    }

    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, slug, username, role);
    }

    /** The stock left of {@code kind} here. */
    long left(String kind) {
      return admin.get(path("stock")).array().getValuesAs(JsonObject.class).stream()
          .filter(s -> s.getString("materialKind").equals(kind)).findFirst().orElseThrow().getJsonNumber("left").longValue();
    }
  }
}
