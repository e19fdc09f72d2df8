package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.TwoTenants;

/**
 * What the governance integration tests share: the deployment's URL, the isolation contract's
 * answers (on elections), organisations with members who can log in, votes that open at once and
 * close a few seconds later, and waiting for a closing time.
 */
abstract class GovFixture extends ModuleIsolationContract {
  static final String PASSWORD = "long enough password";

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return GovernanceModule.ID;
  }

  @Override
  protected String collection() {
    return "elections";
  }

  @Override
  protected JsonObject newRow() {
    return election("election", 2, Instant.now().plus(1, ChronoUnit.DAYS), null);
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

  static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }

  /** A vote that opens a minute ago and closes at {@code closesAt}; {@code chapter} may be null. */
  static JsonObject election(String kind, int seats, Instant closesAt, String chapter) {
    var b = Json.createObjectBuilder().add("kind", kind).add("titleKm", "ការបោះឆ្នោត").add("titleEn", "A vote")
        .add("seats", seats).add("opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())
        .add("closesAt", closesAt.toString());
    if (chapter != null) {
      b.add("chapter", chapter);
    }
    return b.build();
  }

  static JsonObject ballot(long... choices) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (long c : choices) {
      a.add(c);
    }
    return Json.createObjectBuilder().add("choices", a).build();
  }

  /** Sleeps until {@code closesAt} has passed on this machine (the server's clock). */
  static void waitUntil(Instant closesAt) throws InterruptedException {
    long ms = Instant.now().until(closesAt, ChronoUnit.MILLIS) + 300;
    if (ms > 0) {
      Thread.sleep(ms);
    }
  }

  /** A member with a login: their client (logged in at {@code tenant}, where they registered), register id and code. */
  record Voter(ApiClient client, long id, String code, String tenant) {
    /** The module's path at the tenant the member logs in at. */
    String path(String rest) {
      return "/api/t/" + tenant + "/governance/" + rest;
    }
  }

  /** An organisation with the given modules on and its admin. */
  record Org(String slug, ApiClient admin) {
    static Org create(ApiClient anonymous, String... modules) {
      String slug = "gov-" + UUID.randomUUID().toString().substring(0, 8);
      return new Org(slug, TwoTenants.organisation(anonymous, anonymous.asPlatformAdmin(), slug, modules));
    }

    String path(String rest) {
      return "/api/t/" + slug + "/governance/" + rest;
    }

    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, slug, username, role);
    }

    /** A member of the register without a login (active at once). */
    JsonObject member(String workingName) {
      return expect(201, admin.post("/api/t/" + slug + "/members",
          Json.createObjectBuilder().add("workingName", workingName).build())).object();
    }

    /** A member who registers through an invite (at {@code tenant}: the organisation or a chapter), approved, logged in. */
    Voter voter(ApiClient anonymous, String tenant, String username) {
      String code = expect(201, admin.post("/api/t/" + tenant + "/invites", empty())).object().getString("code");
      String version = anonymous.get("/api/consent").object().getString("version");
      expect(201, anonymous.post("/api/t/" + tenant + "/registrations", Json.createObjectBuilder().add("inviteCode", code)
          .add("workingName", "Member " + username).add("username", username).add("password", PASSWORD)
          .add("consentVersion", version).build()));
      long memberId = -1;
      for (JsonValue v : admin.get("/api/t/" + tenant + "/registrations?status=pending").array()) {
        if (v.asJsonObject().getString("workingName").equals("Member " + username)) {
          memberId = v.asJsonObject().getJsonNumber("id").longValue();
        }
      }
      expect(200, admin.post("/api/t/" + tenant + "/registrations/" + memberId + "/approve", empty()));
      String memberCode = admin.get("/api/t/" + slug + "/members/" + memberId).object().getString("memberCode");
      return new Voter(anonymous.login(tenant, username, PASSWORD), memberId, memberCode, tenant);
    }

    /** Creates a vote, nominates these members (each accepts) and opens it; answers the vote with its choices. */
    JsonObject openVote(JsonObject body, List<Voter> candidates) {
      long id = id(expect(201, admin.post(path("elections"), body)));
      for (Voter c : candidates) {
        long choice = id(expect(201, admin.post(path("elections/" + id + "/candidates"), Json.createObjectBuilder()
            .add("memberCode", c.code()).add("statementKm", "សេចក្ដីថ្លែង").add("statementEn", "A statement").build())));
        expect(200, c.client().post(c.path("my-nominations/" + choice + "/accept"), empty()));
      }
      return expect(200, admin.post(path("elections/" + id + "/open"), empty())).object();
    }

    /** A chapter of this organisation ({@code slug-name}) with the module switched on there. */
    String chapter(String name) {
      String chapter = slug + "-" + name;
      expect(201, admin.post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
          .add("parent", slug).add("names", Json.createObjectBuilder().add("km", "សាខា " + name).add("en", name)).build()));
      expect(200, admin.put("/api/t/" + chapter + "/modules/" + GovernanceModule.ID,
          Json.createObjectBuilder().add("enabled", true).build()));
      return chapter;
    }

    static long choice(JsonObject vote, int index) {
      return vote.getJsonArray("choices").getJsonObject(index).getJsonNumber("id").longValue();
    }
  }
}
