package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.TwoTenants;

/**
 * What the education integration tests share: the deployment's URL, the isolation contract's
 * answers (on centres, the collection that needs nothing else first), and the API calls that set
 * up an organisation's centres, classes and children.
 */
abstract class EduFixture extends ModuleIsolationContract {
  static final String CHILD_NAME = "Sreypov";
  /** The server's zone for "today" (SAHAKUM_TIME_ZONE's default). */
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return EducationModule.ID;
  }

  @Override
  protected String collection() {
    return "centres";
  }

  @Override
  protected JsonObject newRow() {
    return Json.createObjectBuilder().add("name", "Centre one").add("place", "pp-meanchey").build();
  }

  ApiClient anonymous() {
    return ApiClient.anonymous(base);
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

  /** An organisation with education on, its admin, one member (a guardian) and one centre. */
  record Org(String slug, ApiClient admin, long guardianId, String guardianCode, long centreId) {
    static Org create(ApiClient anonymous) {
      ApiClient operator = anonymous.asPlatformAdmin();
      String slug = "edu-" + UUID.randomUUID().toString().substring(0, 8);
      ApiClient admin = TwoTenants.organisation(anonymous, operator, slug, EducationModule.ID);
      JsonObject m = member(admin, slug, "Guardian One");
      long centre = id(expect(201, admin.post(edu(slug, "centres"),
          Json.createObjectBuilder().add("name", "Centre A").build())));
      return new Org(slug, admin, m.getJsonNumber("id").longValue(), m.getString("memberCode"), centre);
    }

    String path(String rest) {
      return edu(slug, rest);
    }

    /** Another account of the organisation with one role, logged in. */
    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, slug, username, role);
    }

    /** The account id of a staff account that may take attendance, from {@code GET teachers}. */
    long teacherId(String username) {
      for (JsonValue v : expect(200, admin.get(path("teachers"))).array()) {
        if (v.asJsonObject().getString("username").equals(username)) {
          return v.asJsonObject().getJsonNumber("accountId").longValue();
        }
      }
      throw new AssertionError("no teacher " + username);
    }

    long centre(String name) {
      return id(expect(201, admin.post(path("centres"), Json.createObjectBuilder().add("name", name).build())));
    }

    long newClass(long centreId, long teacherId, int capacity) {
      return id(expect(201, admin.post(path("classes"), Json.createObjectBuilder().add("centreId", centreId)
          .add("subject", "KHMER").add("level", "beginners").add("teacherAccountId", teacherId)
          .add("schedule", "Mon, Wed 08:00-09:30").add("capacity", capacity).build())));
    }

    long child(String name, long centreId) {
      return id(expect(201, admin.post(path("children"), childBody(guardianCode, null, name, centreId).build())));
    }

    JsonObject member(String workingName) {
      return Org.member(admin, slug, workingName);
    }

    ApiResponse enrol(long classId, long childId) {
      return admin.post(path("classes/" + classId + "/enrolments"),
          Json.createObjectBuilder().add("childId", childId).build());
    }

    static JsonObject member(ApiClient admin, String org, String workingName) {
      return expect(201, admin.post("/api/t/" + org + "/members",
          Json.createObjectBuilder().add("workingName", workingName).build())).object();
    }
  }

  static JsonObjectBuilder childBody(String guardianCode, String secondCode, String name, long centreId) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("guardianCode", guardianCode).add("name", name)
        .add("birthYear", TODAY.getYear() - 9).add("gender", "GIRL").add("centreId", centreId)
        .add("schoolStatus", "OUT_OF_SCHOOL").add("consentVersion", "edu-2026-1");
    if (secondCode != null) {
      b.add("secondGuardianCode", secondCode);
    }
    return b;
  }

  static String edu(String tenant, String path) {
    return "/api/t/" + tenant + "/education/" + path;
  }
}
