package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/** Referrals through the API: every move, consent, escort, costs, mistreatment, the queue, ratings, erasure, the report. */
abstract class ReferralChecks extends HealthFixture {

  @Test
  void a_referral_goes_through_its_moves_and_a_wrong_one_is_409() {
    Org o = Org.create(anonymous());
    long id = id(expect(201, o.admin().post(o.path("referrals"),
        memberReferral(o.memberCode(), o.facilityId(), "sti", false))));
    expect(409, o.admin().post(o.path("referrals/" + id + "/attended"), empty()));
    expect(200, o.admin().put(o.path("referrals/" + id + "/consent"), Json.createObjectBuilder().add("given", true).build()));
    expect(409, o.admin().get(o.path("referrals/" + id + "/slip")));
    JsonObject referred = expect(200, o.admin().post(o.path("referrals/" + id + "/refer"), empty())).object();
    assertEquals("referred", referred.getString("referralStatus"));
    JsonObject slip = expect(200, o.admin().get(o.path("referrals/" + id + "/slip"))).object();
    assertEquals(referred.getString("slipCode"), slip.getString("slipCode"));
    assertFalse(slip.toString().contains(o.memberCode()) || slip.toString().contains("sti") || slip.toString().contains(o.slug()),
        "the slip names no person, service or organisation: " + slip);
    expect(200, o.admin().get(o.path("slips/" + slip.getString("slipCode").toLowerCase())));
    long escort = o.admin().get(o.path("escorts")).array().getJsonObject(0).getJsonNumber("accountId").longValue();
    JsonObject escorted = expect(200, o.admin().put(o.path("referrals/" + id + "/escort"), Json.createObjectBuilder()
        .add("escortNeeded", true).add("escortAccountId", escort).add("transportRiel", 10000).build())).object();
    assertEquals(10000, escorted.getJsonNumber("transportRiel").longValue());
    expect(422, o.admin().put(o.path("referrals/" + id + "/escort"), Json.createObjectBuilder()
        .add("escortNeeded", true).add("escortAccountId", 999_999_999L).add("transportRiel", 0).build()));
    expect(200, o.admin().post(o.path("referrals/" + id + "/attended"), empty()));
    expect(409, o.admin().post(o.path("referrals/" + id + "/cancel"), empty()));
    JsonObject costs = expect(200, o.admin().put(o.path("referrals/" + id + "/cost"), Json.createObjectBuilder()
        .add("feeAskedRiel", 40000).add("feePaidRiel", 0).add("exemption", "hef").add("outOfPocketRiel", 6000).build())).object();
    assertEquals(List.of("hef", "6000"), List.of(costs.getString("exemption"), costs.get("outOfPocketRiel").toString()));
    JsonObject withoutConsent = expect(200, o.admin().put(o.path("referrals/" + id + "/mistreatment"), Json.createObjectBuilder()
        .add("advocacyConsent", false).add("refusedCare", true).build())).object();
    assertEquals(0, withoutConsent.getJsonArray("mistreatment").size(), "nothing kept without the person's consent");
    JsonObject kept = expect(200, o.admin().put(o.path("referrals/" + id + "/mistreatment"), Json.createObjectBuilder()
        .add("advocacyConsent", true).add("informalPayment", true).add("insultedOrJudged", true).build())).object();
    assertEquals(List.of("informal-payment", "insulted-or-judged"), kept.getJsonArray("mistreatment").getValuesAs(
        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    JsonObject done = expect(200, o.admin().post(o.path("referrals/" + id + "/follow-up"),
        Json.createObjectBuilder().add("outcome", "service-received").build())).object();
    assertEquals("followed-up", done.getString("referralStatus"));
    assertTrue(absent(done, "followUpDue"), "no follow-up owed any more");
    ApiResponse again = expect(409, o.admin().post(o.path("referrals/" + id + "/follow-up"),
        Json.createObjectBuilder().add("outcome", "service-received").build()));
    assertTrue(again.object().getString("detail").contains("followed-up"), again.toString());

    long missed = o.referred("general");
    expect(400, o.admin().post(o.path("referrals/" + missed + "/not-attended"), Json.createObjectBuilder().add("reason", "bored").build()));
    JsonObject notAttended = expect(200, o.admin().post(o.path("referrals/" + missed + "/not-attended"),
        Json.createObjectBuilder().add("reason", "fear-of-police").build())).object();
    assertEquals("fear-of-police", notAttended.getString("notAttendedReason"));
    long withdrawn = o.referred("general");
    JsonObject cancelled = expect(200, o.admin().put(o.path("referrals/" + withdrawn + "/consent"),
        Json.createObjectBuilder().add("given", false).build())).object();
    assertEquals(List.of("cancelled", "withdrawn"), List.of(cancelled.getString("referralStatus"), cancelled.getString("consent")));
  }

  @Test
  void a_referral_names_a_child_by_relation_and_birth_year_or_a_non_member_by_group_and_the_facility_must_fit() {
    Org o = Org.create(anonymous());
    JsonObject child = expect(201, o.admin().post(o.path("referrals"), Json.createObjectBuilder().add("personKind", "child")
        .add("memberCode", o.memberCode()).add("childRelation", "daughter").add("childBirthYear", 2019)
        .add("facilityId", o.facilityId()).add("serviceCategory", "child-health").add("urgency", "urgent")
        .add("consentGiven", true).build())).object();
    assertEquals(List.of("child", "daughter", "2019"), List.of(child.getString("personKind"), child.getString("childRelation"),
        child.get("childBirthYear").toString()));
    expect(201, o.admin().post(o.path("referrals"), Json.createObjectBuilder().add("personKind", "non-member")
        .add("clientGroup", "poor-family").add("facilityId", o.facilityId()).add("serviceCategory", "general")
        .add("urgency", "routine").add("consentGiven", false).build()));
    expect(400, o.admin().post(o.path("referrals"), Json.createObjectBuilder().add("personKind", "non-member")
        .add("memberCode", o.memberCode()).add("clientGroup", "other").add("facilityId", o.facilityId())
        .add("serviceCategory", "general").add("urgency", "routine").add("consentGiven", false).build()));
    expect(422, o.admin().post(o.path("referrals"), memberReferral("NO-SUCH-CODE", o.facilityId(), "general", true)));
    expect(422, o.admin().post(o.path("referrals"), memberReferral(o.memberCode(), o.facilityId(), "tb", true)));
    long pharmacy = id(expect(201, o.admin().post(o.path("facilities"), facility("Pharmacy", "pharmacy", "full-fee").build())));
    expect(409, o.admin().call("DELETE", o.path("facilities/" + o.facilityId()), null));
    expect(204, o.admin().call("DELETE", o.path("facilities/" + pharmacy), null));
    expect(422, o.admin().post(o.path("facilities"), facility("Cheap", "health-centre", "low-fee").build()));
    JsonObject retired = expect(200, o.admin().put(o.path("facilities/" + o.facilityId()),
        facility("Lotus", "ngo-clinic", "free").add("active", false).build())).object();
    assertFalse(retired.getBoolean("active"));
    expect(422, o.admin().post(o.path("referrals"), memberReferral(o.memberCode(), o.facilityId(), "general", true)));
  }

  @Test
  void the_follow_up_queue_lists_the_longest_owed_first() {
    Org o = Org.create(anonymous());
    long routine = o.referred("general");
    long urgent = id(expect(201, o.admin().post(o.path("referrals"), Json.createObjectBuilder().add("personKind", "member")
        .add("memberCode", o.memberCode()).add("facilityId", o.facilityId()).add("serviceCategory", "sti")
        .add("urgency", "urgent").add("consentGiven", true).build())));
    expect(200, o.admin().post(o.path("referrals/" + urgent + "/refer"), empty()));
    assertEquals(0, o.admin().get(o.path("follow-ups")).array().size(), "nothing is due today");
    List<Long> queue = o.admin().get(o.path("follow-ups?days=10")).array().getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("id").longValue()).toList();
    assertEquals(List.of(urgent, routine), queue);
    assertFalse(o.admin().get(o.path("follow-ups?days=10")).body().contains("sti"), "the queue never says what for");
  }

  @Test
  void a_member_sees_their_referrals_and_rates_a_facility_shown_only_from_five_ratings() {
    Org o = Org.create(anonymous());
    ApiClient member = o.account(anonymous(), "worker", "health-worker");
    assertEquals(0, member.get(o.path("my-referrals")).array().size(), "a staff account is no member");
    String code = expect(201, o.admin().post("/api/t/" + o.slug() + "/invites", Json.createObjectBuilder().build()))
        .object().getString("code");
    String version = anonymous().get("/api/consent").object().getString("version");
    expect(201, anonymous().post("/api/t/" + o.slug() + "/registrations", Json.createObjectBuilder().add("inviteCode", code)
        .add("workingName", "Dara").add("username", "dara").add("password", "long enough password")
        .add("consentVersion", version).build()));
    long memberId = o.admin().get("/api/t/" + o.slug() + "/registrations?status=pending").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    expect(200, o.admin().post("/api/t/" + o.slug() + "/registrations/" + memberId + "/approve", empty()));
    String mine = o.admin().get("/api/t/" + o.slug() + "/members/" + memberId).object().getString("memberCode");
    ApiClient dara = anonymous().login(o.slug(), "dara", "long enough password");
    List<Long> visits = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long id = id(expect(201, o.admin().post(o.path("referrals"), memberReferral(mine, o.facilityId(), "sti", true))));
      expect(200, o.admin().post(o.path("referrals/" + id + "/refer"), empty()));
      expect(200, o.admin().post(o.path("referrals/" + id + "/attended"), empty()));
      visits.add(id);
    }
    long other = o.referred("general");
    ApiResponse own = expect(200, dara.get(o.path("my-referrals")));
    assertEquals(5, own.array().size(), own.toString());
    assertFalse(own.body().contains("\"sti\"") || own.body().contains(o.memberCode()), own.toString());
    expect(200, dara.get(o.path("my-referrals/" + visits.get(0) + "/slip")));
    expect(404, dara.get(o.path("my-referrals/" + other + "/slip")));
    expect(403, dara.get(o.path("referrals/" + visits.get(0))));
    for (int i = 0; i < 4; i++) {
      expect(204, dara.post(o.path("my-ratings"), rating(visits.get(i), 4)));
      assertTrue(absent(o.admin().get(o.path("facilities/" + o.facilityId())).object(), "rating"), "hidden under five");
    }
    expect(409, dara.post(o.path("my-ratings"), rating(visits.get(0), 5)));
    expect(404, dara.post(o.path("my-ratings"), rating(other, 5)));
    expect(204, dara.post(o.path("my-ratings"), rating(visits.get(4), 2)));
    JsonObject facility = o.admin().get(o.path("facilities/" + o.facilityId())).object();
    assertEquals(List.of("3.6", "5"), List.of(facility.get("rating").toString(), facility.get("ratings").toString()));
  }

  @Test
  void erasure_anonymises_the_referrals_and_deletes_their_sealed_category() throws Exception {
    Org o = Org.create(anonymous());
    long id = o.referred("hiv-testing");
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    JsonObject after = expect(200, o.admin().get(o.path("referrals/" + id))).object();
    assertTrue(absent(after, "memberCode") && absent(after, "serviceCategory"), after.toString());
    assertEquals("referred", after.getString("referralStatus"), "the referral stays for the counts");
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "SELECT member_id, sealed_category FROM health_referral WHERE id = ?")) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        assertNull(rs.getObject(1));
        assertNull(rs.getBytes(2), "nothing sealed about the member is left");
      }
    }
  }

  @Test
  void the_cost_report_suppresses_small_counts_and_the_counts_that_would_reveal_them() {
    Org o = Org.create(anonymous());
    for (int i = 0; i < 9; i++) {
      long id = o.referred(i < 6 ? "sti" : "general");
      expect(200, o.admin().post(o.path("referrals/" + id + "/attended"), empty()));
      expect(200, o.admin().put(o.path("referrals/" + id + "/cost"), Json.createObjectBuilder().add("feeAskedRiel", 0)
          .add("feePaidRiel", 0).add("exemption", i < 6 ? "hef" : "ngo-free").add("outOfPocketRiel", 0).build()));
    }
    String month = YearMonth.now(java.time.ZoneId.of("Asia/Phnom_Penh")).toString();
    JsonObject report = expect(200, o.admin().get(o.path("reports/costs?rows=category&columns=exemption&from=" + month
        + "&to=" + month))).object();
    assertEquals(List.of("general", "sti"), report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("value")).toList());
    JsonObject general = report.getJsonArray("rows").getJsonObject(0);
    JsonObject sti = report.getJsonArray("rows").getJsonObject(1);
    assertEquals(List.of("hef", "ngo-free"), report.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class)
        .stream().map(jakarta.json.JsonString::getString).toList());
    assertTrue(general.getJsonArray("counts").isNull(1), "3 is under 5: " + report);
    assertTrue(absent(general, "total"), "and the row's total would give it away: " + report);
    for (JsonObject row : List.of(general, sti)) {
      long hidden = row.getJsonArray("counts").stream().filter(v -> v == jakarta.json.JsonValue.NULL).count()
          + (absent(row, "total") ? 1 : 0);
      assertTrue(hidden != 1, "no row hides exactly one count, which its total would reveal: " + report);
    }
    assertEquals(9, report.getInt("total"), report.toString());
    expect(400, o.admin().get(o.path("reports/costs?rows=category&columns=category&from=" + month + "&to=" + month)));
  }

  /** Whether the answer leaves {@code key} out or null (JSON-B leaves nulls out). */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject rating(long referralId, int stars) {
    return Json.createObjectBuilder().add("referralId", referralId).add("stars", stars).build();
  }
}
