package org.sahakum.plugins.healthreferral;

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
 * What the health-referral integration tests share: the deployment's URL, the isolation contract's
 * answers (on the facility directory), and the calls that set up an organisation with the module on.
 */
abstract class HealthFixture extends ModuleIsolationContract {
  static final String SECRET = "Secret Health Name";

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return HealthReferralModule.ID;
  }

  @Override
  protected String collection() {
    return "facilities";
  }

  @Override
  protected JsonObject newRow() {
    return facility("Clinic", "ngo-clinic", "free").build();
  }

  ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  static JsonObjectBuilder facility(String name, String kind, String payment) {
    return Json.createObjectBuilder().add("nameKm", "គ្លីនិក " + name).add("nameEn", name).add("facilityKind", kind)
        .add("place", "pp-daun-penh").add("hivTesting", true).add("hivTreatment", true).add("sti", true)
        .add("general", true).add("childHealth", true).add("payment", payment).add("hours", "08:00-17:00");
  }

  static JsonObject memberReferral(String memberCode, long facilityId, String category, boolean consent) {
    return Json.createObjectBuilder().add("personKind", "member").add("memberCode", memberCode)
        .add("facilityId", facilityId).add("serviceCategory", category).add("urgency", "soon")
        .add("consentGiven", consent).build();
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

  /** The database the server under test uses, for checks of what is stored at rest. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }

  /** An organisation with health referral on, its admin, one member (working name {@link #SECRET}) and a facility. */
  record Org(String slug, ApiClient admin, long memberId, String memberCode, long facilityId) {
    static Org create(ApiClient anonymous) {
      String slug = "health-" + UUID.randomUUID().toString().substring(0, 8);
      ApiClient admin = TwoTenants.organisation(anonymous, anonymous.asPlatformAdmin(), slug, HealthReferralModule.ID);
      JsonObject m = expect(201, admin.post("/api/t/" + slug + "/members",
          Json.createObjectBuilder().add("workingName", SECRET).build())).object();
      long facility = id(expect(201, admin.post("/api/t/" + slug + "/health-referral/facilities",
          facility("Lotus", "ngo-clinic", "free").build())));
      return new Org(slug, admin, m.getJsonNumber("id").longValue(), m.getString("memberCode"), facility);
    }

    String path(String rest) {
      return "/api/t/" + slug + "/health-referral/" + rest;
    }

    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, slug, username, role);
    }

    /** A referral of the member for {@code category}, consent given, made (status referred). */
    long referred(String category) {
      long id = id(expect(201, admin.post(path("referrals"), memberReferral(memberCode, facilityId, category, true))));
      expect(200, admin.post(path("referrals/" + id + "/refer"), empty()));
      return id;
    }
  }
}
