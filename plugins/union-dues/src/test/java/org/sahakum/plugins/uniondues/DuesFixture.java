package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleIsolationContract;
import org.sahakum.testkit.TwoTenants;

/**
 * What the union-dues integration tests share: the deployment's URL, the isolation contract's
 * answers (on plans, the collection that needs nothing else first), and the API calls that set up
 * an organisation's dues.
 */
abstract class DuesFixture extends ModuleIsolationContract {
  static final String SECRET = "Secret Dues Name";
  /** The server's zone for "today" (SAHAKUM_TIME_ZONE's default). */
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

  @ArquillianResource URL base;

  @Override
  protected URL base() {
    return base;
  }

  @Override
  protected String moduleId() {
    return UnionDuesModule.ID;
  }

  @Override
  protected String collection() {
    return "plans";
  }

  @Override
  protected JsonObject newRow() {
    return plan("USD", 100, "MONTHLY", TODAY.minusMonths(1), 0);
  }

  ApiClient anonymous() {
    return ApiClient.anonymous(base);
  }

  static String dues(String tenant, String path) {
    return "/api/t/" + tenant + "/union-dues/" + path;
  }

  static JsonObject plan(String currency, long amountMinor, String period, LocalDate startsOn, int grace) {
    return Json.createObjectBuilder().add("nameKm", "វិភាគទាន").add("nameEn", "Dues").add("currency", currency)
        .add("amountMinor", amountMinor).add("period", period).add("startsOn", startsOn.toString())
        .add("gracePeriods", grace).build();
  }

  static JsonObject payment(String memberCode, long amountMinor, String currency, LocalDate paidOn) {
    return Json.createObjectBuilder().add("memberCode", memberCode).add("amountMinor", amountMinor)
        .add("currency", currency).add("paidOn", paidOn.toString()).add("method", "CASH").build();
  }

  static ApiResponse expect(int status, ApiResponse r) {
    assertEquals(status, r.status(), r.toString());
    return r;
  }

  /** A member of {@code org}'s register: {@code {id, memberCode}}. */
  static JsonObject member(ApiClient admin, String org, String workingName) {
    return expect(201, admin.post("/api/t/" + org + "/members",
        Json.createObjectBuilder().add("workingName", workingName).build())).object();
  }

  /** An organisation with a monthly plan of 10.00 USD since a year ago and one enrolled member. */
  record Dues(String org, ApiClient admin, long planId, long memberId, String memberCode) {
    static Dues create(ApiClient anonymous, String workingName) {
      ApiClient operator = anonymous.asPlatformAdmin();
      String org = "dues-" + UUID.randomUUID().toString().substring(0, 8);
      ApiClient admin = TwoTenants.organisation(anonymous, operator, org, UnionDuesModule.ID);
      long planId = expect(201, admin.post(dues(org, "plans"), plan("USD", 1_000, "MONTHLY",
          TODAY.withDayOfMonth(1).minusMonths(11), 0))).object().getJsonNumber("id").longValue();
      JsonObject m = member(admin, org, workingName);
      Dues d = new Dues(org, admin, planId, m.getJsonNumber("id").longValue(), m.getString("memberCode"));
      d.enrol(d.memberCode(), TODAY.withDayOfMonth(1).minusMonths(11));
      return d;
    }

    void enrol(String code, LocalDate startsOn) {
      expect(201, admin.post(dues(org, "enrolments"), Json.createObjectBuilder().add("memberCode", code)
          .add("planId", planId).add("startsOn", startsOn.toString()).build()));
    }

    /** Another account of the organisation with one role, logged in. */
    ApiClient account(ApiClient anonymous, String username, String role) {
      return TwoTenants.account(anonymous, admin, org, username, role);
    }

    String path(String rest) {
      return dues(org, rest);
    }
  }
}
