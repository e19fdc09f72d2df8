package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ErasureTrail;

/** Violation documentation, the advocacy report's suppression, and erasure, through the API. */
abstract class ViolationChecks extends DetentionChecks {
  static final LocalDate DAY = LocalDate.now().withDayOfMonth(1);

  static JsonObject violation(boolean consent, String act, String perpetrator, int anonymousVictims, String... codes) {
    JsonArrayBuilder victims = Json.createArrayBuilder();
    for (int i = 0; i < anonymousVictims; i++) {
      victims.add(JsonValue.EMPTY_JSON_OBJECT);
    }
    for (String code : codes) {
      victims.add(Json.createObjectBuilder().add("memberCode", code));
    }
    return Json.createObjectBuilder().add("occurredOn", DAY.toString()).add("place", "pp-daun-penh")
        .add("advocacyConsent", consent).add("acts", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("actType", act).add("perpetratorType", perpetrator).add("victims", victims))).build();
  }

  @Test
  void an_event_is_recorded_with_its_acts_and_victims() {
    Org o = Org.create(anonymous());
    JsonObject e = expect(201, o.admin().post(o.path("violations"),
        violation(true, "arbitrary-arrest", "police", 2, o.memberCode()))).object();
    JsonObject act = e.getJsonArray("acts").getJsonObject(0);
    assertEquals(List.of(o.memberCode()), act.getJsonArray("memberCodes").getValuesAs(jakarta.json.JsonString.class)
        .stream().map(jakarta.json.JsonString::getString).toList());
    assertEquals(2, act.getInt("otherVictims"));
    expect(400, o.admin().post(o.path("violations"), violation(true, "arbitrary-arrest", "aliens", 1)));
    expect(400, o.admin().post(o.path("violations"), Json.createObjectBuilder(violation(true, "other", "gang", 1))
        .add("acts", Json.createArrayBuilder()).build()));
    expect(422, o.admin().post(o.path("violations"), violation(true, "other", "gang", 0, "NOPE-1")));
    assertEquals(1, o.admin().get(o.path("violations")).array().size(), "nothing else was written");
    assertEquals(act.getInt("id"), o.admin().get(o.path("violations/" + e.getInt("id"))).object()
        .getJsonArray("acts").getJsonObject(0).getInt("id"));
    JsonObject withdrawn = expect(200, o.admin().put(o.path("violations/" + e.getInt("id") + "/consent"),
        Json.createObjectBuilder().add("advocacyConsent", false).build())).object();
    assertFalse(withdrawn.getBoolean("advocacyConsent"));
    assertTrue(o.auditActions().contains("legal-aid:violation.consent-withdrawn"));
  }

  @Test
  void the_advocacy_report_suppresses_small_counts_and_what_would_reveal_them() {
    Org o = Org.create(anonymous());
    o.admin().post(o.path("violations"), violation(true, "arbitrary-arrest", "police", 12));
    o.admin().post(o.path("violations"), violation(true, "arbitrary-arrest", "social-affairs-guard", 7));
    o.admin().post(o.path("violations"), violation(true, "extortion", "police", 9));
    o.admin().post(o.path("violations"), violation(true, "extortion", "social-affairs-guard", 3));
    o.admin().post(o.path("violations"), violation(false, "sexual-violence", "police", 40));
    String month = YearMonth.from(DAY).toString();
    JsonObject report = expect(200, o.admin().get(o.path("reports/advocacy?rows=act&columns=perpetrator&from="
        + month + "&to=" + month))).object();
    assertEquals(List.of("police", "social-affairs-guard"), report.getJsonArray("columns")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    JsonObject arrest = report.getJsonArray("rows").getJsonObject(0);
    JsonObject extortion = report.getJsonArray("rows").getJsonObject(1);
    assertEquals("extortion", extortion.getString("value"), "no row for the act without consent");
    assertTrue(extortion.getJsonArray("counts").isNull(1), "3 is suppressed");
    assertTrue(extortion.getJsonArray("counts").isNull(0), "and 9, or 12 - 9 would reveal it");
    assertTrue(arrest.getJsonArray("counts").isNull(1), "and 7, or the column total would reveal it");
    assertTrue(arrest.getJsonArray("counts").isNull(0), "and 12, or the row total would reveal 7");
    assertEquals(31, report.getInt("total"));
    assertFalse(report.toString().contains("40"), "events without consent are not counted");
    expect(400, o.admin().get(o.path("reports/advocacy?rows=act&columns=act&from=" + month + "&to=" + month)));
    expect(400, o.admin().get(o.path("reports/advocacy?from=2025-13&to=" + month)));
    assertTrue(o.auditActions().contains("legal-aid:report.advocacy.read"));
  }

  @Test
  void erasing_a_member_anonymises_their_cases_and_keeps_only_anonymous_counts() {
    Org o = Org.create(anonymous());
    long caseId = o.openCase(memberCase(o.memberCode()));
    expect(201, o.admin().post(o.path("cases/" + caseId + "/notes"), Json.createObjectBuilder()
        .add("text", "about " + SECRET).build()));
    expect(201, o.admin().postBytes(o.path("cases/" + caseId + "/attachments"), "application/pdf",
        "%PDF-1.7 statement".getBytes()));
    expect(201, o.admin().post(o.path("violations"), violation(true, "physical-violence", "police", 4, o.memberCode())));
    long before = ErasureTrail.head(o.admin(), o.slug());
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    ErasureTrail.assertNoEntryNames(o.admin(), o.slug(), before, o.memberId(), o.memberCode());
    JsonObject anonymised = o.admin().get(o.path("cases/" + caseId)).object();
    assertFalse(anonymised.containsKey("memberCode") && !anonymised.isNull("memberCode"), anonymised.toString());
    assertFalse(anonymised.toString().contains(o.memberCode()), anonymised.toString());
    assertEquals("member", anonymised.getString("clientKind"), "the case still counts as a member's");
    assertEquals(0, o.admin().get(o.path("cases/" + caseId + "/notes")).array().size());
    assertEquals(0, o.admin().get(o.path("cases/" + caseId + "/attachments")).array().size());
    JsonObject act = o.admin().get(o.path("violations")).array().getJsonObject(0).getJsonArray("acts").getJsonObject(0);
    assertEquals(0, act.getJsonArray("memberCodes").size());
    assertEquals(5, act.getInt("otherVictims"), "the victim still counts, anonymously");
    String month = YearMonth.from(DAY).toString();
    assertEquals(5, o.admin().get(o.path("reports/advocacy?from=" + month + "&to=" + month)).object().getInt("total"));
  }
}
