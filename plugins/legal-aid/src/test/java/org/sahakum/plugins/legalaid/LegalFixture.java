package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.TwoTenants;

/**
 * What the legal-aid integration tests share: the deployment's URL, the isolation contract's
 * answers (on cases), and the API calls that set up an organisation with legal aid switched on.
 */
abstract class LegalFixture extends ModuleIsolationContract {
  static final String SECRET = "Secret Legal Name";

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return LegalAidModule.ID;
  }

  @Override
  protected String collection() {
    return "cases";
  }

  @Override
  protected JsonObject newRow() {
    return Json.createObjectBuilder().add("caseType", "detention").add("clientKind", "non-member")
        .add("clientGroup", "walk-in").build();
  }

  ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  static ApiResponse expect(int status, ApiResponse r) {
    assertEquals(status, r.status(), r.toString());
    return r;
  }

  static long id(ApiResponse r) {
    return id(r.object());
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  static JsonObject memberCase(String memberCode) {
    return Json.createObjectBuilder().add("caseType", "court").add("clientKind", "member")
        .add("memberCode", memberCode).build();
  }

  /** The database the server under test uses, for checks of what is stored at rest. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }

  /** An organisation with legal aid on, its admin and one member (working name {@link #SECRET}). */
  record Org(String slug, ApiClient admin, long memberId, String memberCode) {
    static Org create(ApiClient anonymous) {
      String slug = "legal-" + UUID.randomUUID().toString().substring(0, 8);
      ApiClient admin = TwoTenants.organisation(anonymous, anonymous.asPlatformAdmin(), slug, LegalAidModule.ID);
      JsonObject m = expect(201, admin.post("/api/t/" + slug + "/members",
          Json.createObjectBuilder().add("workingName", SECRET).build())).object();
      return new Org(slug, admin, m.getJsonNumber("id").longValue(), m.getString("memberCode"));
    }

    String path(String rest) {
      return "/api/t/" + slug + "/legal-aid/" + rest;
    }

    /** Another account of the organisation with one role, logged in. */
    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, slug, username, role);
    }

    long openCase(JsonObject body) {
      return id(expect(201, admin.post(path("cases"), body)));
    }

    /** The actions on the organisation's audit trail, newest first. */
    List<String> auditActions() {
      return admin.get("/api/t/" + slug + "/audit?limit=200").array().getValuesAs(JsonObject.class).stream()
          .map(e -> e.getString("action")).toList();
    }
  }
}
