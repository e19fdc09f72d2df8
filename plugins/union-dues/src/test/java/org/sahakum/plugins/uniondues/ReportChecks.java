package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ErasureTrail;

/** Arrears, reports, exports, reconciliation, erasure and a member's own standing, through the API. */
abstract class ReportChecks extends LedgerChecks {

  @Test
  void arrears_are_listed_and_totalled_by_chapter() {
    Dues d = Dues.create(anonymous(), SECRET);
    String chapter = d.org() + "-north";
    expect(201, d.admin().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", d.org()).add("names", Json.createObjectBuilder().add("km", "ខាងជើង").add("en", "North")).build()));
    JsonObject north = expect(201, d.admin().post("/api/t/" + d.org() + "/members", Json.createObjectBuilder()
        .add("workingName", "North member").add("chapter", chapter).build())).object();
    d.enrol(north.getString("memberCode"), TODAY.withDayOfMonth(1).minusMonths(2));
    expect(201, d.admin().post(d.path("payments"), payment(north.getString("memberCode"), 1_500, "USD", TODAY)));

    List<JsonObject> all = d.admin().get(d.path("arrears")).array().getValuesAs(JsonObject.class);
    assertEquals(2, all.size(), all.toString());
    assertEquals(d.memberCode(), all.get(0).getString("memberCode"), "longest-owing first");
    assertEquals(12_000, all.get(0).getJsonNumber("arrearsMinor").longValue());
    List<JsonObject> inNorth = d.admin().get(d.path("arrears?chapter=" + chapter)).array().getValuesAs(JsonObject.class);
    assertEquals(1, inNorth.size());
    assertEquals(2, inNorth.get(0).getInt("periodsOwed"));
    assertEquals(1_500, inNorth.get(0).getJsonNumber("arrearsMinor").longValue(), "3 months due, 1.5 paid");
    assertEquals(2, d.admin().get(d.path("arrears/count")).object().getInt("count"), "the home screen's count");

    List<JsonObject> byChapter = d.admin().get(d.path("arrears/chapters")).array().getValuesAs(JsonObject.class);
    assertEquals(2, byChapter.size(), byChapter.toString());
    JsonObject northTotals = byChapter.stream().filter(c -> chapter.equals(c.getString("chapter", null))).findFirst()
        .orElseThrow();
    assertEquals(1_500, northTotals.getJsonNumber("arrearsMinor").longValue());
    List<JsonObject> months = d.admin().get(d.path("reports/collections")).array().getValuesAs(JsonObject.class);
    assertEquals(1, months.size(), months.toString());
    assertEquals(chapter, months.get(0).getString("chapter"));
    assertEquals(1_500, months.get(0).getJsonNumber("netMinor").longValue());
  }

  @Test
  void members_who_paid_by_month_count_people_and_leave_reversed_payments_out() {
    Dues d = Dues.create(anonymous(), SECRET);
    List<String> payers = new java.util.ArrayList<>(List.of(d.memberCode()));
    for (int i = 0; i < 5; i++) {
      String code = member(d.admin(), d.org(), "Payer " + i).getString("memberCode");
      d.enrol(code, TODAY.withDayOfMonth(1).minusMonths(2));
      payers.add(code);
    }
    long first = 0;
    for (String code : payers) {
      long id = expect(201, d.admin().post(d.path("payments"), payment(code, 1_000, "USD", TODAY))).object()
          .getJsonNumber("id").longValue();
      first = first == 0 ? id : first;
    }
    expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 1_000, "USD", TODAY)));
    expect(201, d.admin().post(d.path("reversals"), Json.createObjectBuilder().add("paymentId", first)
        .add("reason", "entered twice").build()));
    JsonObject indicator = expect(200, d.admin().get("/api/t/" + d.org() + "/indicators")).array()
        .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("id").equals("union-dues.paying-members-by-month"))
        .findFirst().orElseThrow();
    JsonObject table = indicator.getJsonObject("asPublished");
    assertEquals(6, table.getJsonNumber("total").longValue(), "6 people paid this month; a second payment and a "
        + "reversed one do not count twice or at all");
    List<JsonObject> cells = table.getJsonArray("cells").getValuesAs(JsonObject.class);
    assertEquals(6, cells.size());
    assertEquals(java.time.YearMonth.from(TODAY).toString(), cells.get(5).getString("label"));
    assertTrue(cells.stream().noneMatch(c -> c.containsKey("value")), "five empty months hide this month's 6 too: " + cells);
  }

  @Test
  void exports_escape_formulas_and_are_audited() {
    Dues d = Dues.create(anonymous(), "=HYPERLINK(\"http://evil\")");
    ApiResponse csv = expect(200, d.admin().getAccepting(d.path("arrears/export?format=csv"), "text/csv"));
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(csv.body().contains("\"'=HYPERLINK("), csv.body());
    ApiResponse xlsx = d.admin().getAccepting(d.path("reports/collections/export?format=xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertEquals(200, xlsx.status(), xlsx.toString());
    assertEquals(400, d.admin().getAccepting(d.path("arrears/export?format=pdf"), "text/csv").status());
    List<String> actions = d.admin().get("/api/t/" + d.org() + "/audit?limit=200").array().getValuesAs(JsonObject.class)
        .stream().map(e -> e.getString("action")).toList();
    assertTrue(actions.contains("union-dues:arrears.exported"), actions.toString());
    assertTrue(actions.contains("union-dues:collections.exported"), actions.toString());
  }

  @Test
  void cash_handed_over_is_reconciled_with_what_each_collector_recorded() {
    Dues d = Dues.create(anonymous(), SECRET);
    ApiClient collector = d.account(anonymous(), "collector", "organiser");
    expect(201, collector.post(d.path("payments"), payment(d.memberCode(), 2_000, "USD", TODAY)));
    long collectorId = d.admin().get(d.path("payments")).array().getJsonObject(0).getJsonNumber("collectorAccountId")
        .longValue();
    JsonObject handover = Json.createObjectBuilder().add("collectorAccountId", collectorId)
        .add("handedOn", TODAY.toString()).add("currency", "USD").add("amountMinor", 1_500).build();
    expect(422, collector.post(d.path("cash/handovers"), handover));
    expect(201, d.admin().post(d.path("cash/handovers"), handover));
    List<JsonObject> rows = d.admin().get(d.path("cash/reconciliation")).array().getValuesAs(JsonObject.class);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(2_000, rows.get(0).getJsonNumber("recordedMinor").longValue());
    assertEquals(1_500, rows.get(0).getJsonNumber("handedOverMinor").longValue());
    assertEquals(-500, rows.get(0).getJsonNumber("differenceMinor").longValue(), "5.00 still with the collector");
  }

  @Test
  void erasure_forgets_the_member_and_keeps_the_money() {
    Dues d = Dues.create(anonymous(), SECRET);
    long paymentId = expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 1_000, "USD", TODAY)))
        .object().getJsonNumber("id").longValue();
    expect(201, d.admin().post(d.path("reversals"), Json.createObjectBuilder().add("paymentId", paymentId)
        .add("reason", "paid by " + SECRET + " twice").build()));
    expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 1_000, "USD", TODAY)));
    expect(201, d.admin().post(d.path("exemptions"), Json.createObjectBuilder().add("memberCode", d.memberCode())
        .add("reason", SECRET + " lost her job").add("startsOn", TODAY.plusMonths(1).toString())
        .add("expiresOn", TODAY.plusMonths(3).toString()).build()));
    // the enrolment was the member's: an erasure entry naming it names her through the entries before
    long enrolmentId = d.admin().get(d.path("enrolments")).array().getJsonObject(0).getJsonNumber("id").longValue();
    long before = ErasureTrail.head(d.admin(), d.org());
    expect(204, d.admin().call("POST", "/api/t/" + d.org() + "/members/" + d.memberId() + "/erasure", null));
    ErasureTrail.assertNoEntryNames(d.admin(), d.org(), before, d.memberId(), d.memberCode(), enrolmentId);

    expect(404, d.admin().get(d.path("standing/" + d.memberId())));
    String everything = d.admin().get(d.path("payments")).body() + d.admin().get(d.path("exemptions")).body()
        + d.admin().get(d.path("reversals")).body() + d.admin().get(d.path("arrears")).body()
        + d.admin().get(d.path("receipts")).body() + d.admin().get(d.path("enrolments")).body();
    assertFalse(everything.contains(SECRET), everything);
    assertFalse(everything.contains(d.memberCode()), everything);
    assertEquals(3, d.admin().get(d.path("payments")).array().size(), "the ledger keeps its entries");
    JsonObject month = d.admin().get(d.path("reports/collections")).array().getJsonObject(0);
    assertEquals(1_000, month.getJsonNumber("netMinor").longValue(), "the money totals stay");
  }

  @Test
  void a_member_sees_only_their_own_standing_even_from_a_chapter() {
    Dues d = Dues.create(anonymous(), SECRET);
    String chapter = d.org() + "-south";
    expect(201, d.admin().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", d.org()).add("names", Json.createObjectBuilder().add("km", "ខាងត្បូង").add("en", "South")).build()));
    expect(200, d.admin().put("/api/t/" + chapter + "/modules/union-dues", Json.createObjectBuilder().add("enabled", true)
        .build()));
    String code = expect(201, d.admin().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().build()))
        .object().getString("code");
    expect(201, anonymous().post("/api/t/" + chapter + "/registrations", Json.createObjectBuilder().add("inviteCode", code)
        .add("workingName", "Dara").add("username", "dara").add("password", "long enough password")
        .add("consentVersion", "2026-11-v1").build()));
    long id = d.admin().get("/api/t/" + chapter + "/registrations?status=pending").array().getJsonObject(0)
        .getJsonNumber("id").longValue();
    expect(200, d.admin().post("/api/t/" + chapter + "/registrations/" + id + "/approve", Json.createObjectBuilder().build()));
    String memberCode = d.admin().get("/api/t/" + d.org() + "/members/" + id).object().getString("memberCode");
    d.enrol(memberCode, TODAY.withDayOfMonth(1));
    expect(201, d.admin().post(d.path("payments"), payment(memberCode, 1_000, "USD", TODAY)));

    ApiClient member = anonymous().login(chapter, "dara", "long enough password");
    List<JsonObject> mine = expect(200, member.get(dues(chapter, "my-standing"))).array().getValuesAs(JsonObject.class);
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(memberCode, mine.get(0).getString("memberCode"));
    assertTrue(mine.get(0).getBoolean("inGoodStanding"), mine.toString());
    assertEquals(0, d.admin().get(d.path("my-standing")).array().size(), "the admin is no member");
    assertTrue(member.get("/api/t/" + chapter + "/permissions").object().getBoolean("member"), "a member is told so");
    assertFalse(d.admin().get("/api/t/" + chapter + "/permissions").object().getBoolean("member"), "the admin is no member");
    JsonObject dues = d.admin().get("/api/t/" + chapter + "/modules").array().getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("id").equals("union-dues")).findFirst().orElseThrow();
    assertEquals(List.of("organisation", "chapter"), dues.getJsonArray("levels").getValuesAs(jakarta.json.JsonString::getString),
        "a member's own standing works at a chapter, so the chapter is offered the module");
    for (String path : List.of("standing/" + d.memberId(), "arrears", "arrears/count", "payments", "receipts/1")) {
      // a chapter's staff read these for the chapter's members (ChapterMandateChecks); a member holds no dues permission
      ApiResponse refused = member.get(dues(chapter, path));
      assertEquals(403, refused.status(), "a member reads no one else's dues at a chapter: " + path);
      assertFalse(refused.body().contains(d.memberCode()), refused.toString());
      assertEquals(404, member.get(dues(d.org(), path)).status(), "a chapter member does not reach the organisation");
    }
    for (String path : List.of("plans", "enrolments", "reports/collections", "cash/handovers")) {
      assertEquals(404, member.get(dues(chapter, path)).status(), "kept at the organisation: " + path);
    }
  }
}
