package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * Staff whose grant is at a chapter act in the organisation's dues for that chapter's members only,
 * through the core's ChapterMandates port: a team leader of one chapter records a payment that
 * takes the organisation's next receipt number, is refused (403) for another chapter's member, and
 * reads only its own chapter's payments, receipts, standing and arrears.
 */
abstract class ChapterMandateChecks extends MemberPageChecks {

  /** An organisation's dues with two chapters, an enrolled member in each, and a team leader of the first. */
  record Chapters(Dues dues, String north, String south, JsonObject northMember, JsonObject southMember,
      ApiClient leader) {
    static Chapters create(ApiClient anonymous) {
      Dues d = Dues.create(anonymous, SECRET);
      String north = d.org() + "-kampot";
      String south = d.org() + "-sen-sok";
      for (String chapter : List.of(north, south)) {
        expect(201, d.admin().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", d.org())));
        expect(200, d.admin().put("/api/t/" + chapter + "/modules/union-dues",
            Json.createObjectBuilder().add("enabled", true).build()));
      }
      JsonObject n = inChapter(d, north, "Kampot member");
      JsonObject s = inChapter(d, south, "Sen Sok member");
      ApiClient leader = TwoTenants.account(anonymous, d.admin(), north, "leader", "team-leader");
      return new Chapters(d, north, south, n, s, leader);
    }

    private static JsonObject inChapter(Dues d, String chapter, String name) {
      JsonObject m = expect(201, d.admin().post("/api/t/" + d.org() + "/members", Json.createObjectBuilder()
          .add("workingName", name).add("chapter", chapter).build())).object();
      d.enrol(m.getString("memberCode"), TODAY.withDayOfMonth(1).minusMonths(11));
      return m;
    }

    long entries() {
      return dues.admin().get(dues.path("payments")).array().size();
    }
  }

  @Test
  void a_team_leader_records_for_their_chapter_with_the_organisations_next_receipt_number() {
    Chapters c = Chapters.create(anonymous());
    Dues d = c.dues();
    long first = expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 1_000, "USD", TODAY)))
        .object().getJsonNumber("receiptNumber").longValue();
    ApiResponse recorded = expect(201, c.leader().post(dues(c.north(), "payments"),
        payment(c.northMember().getString("memberCode"), 500, "USD", TODAY)));
    assertEquals(first + 1, recorded.object().getJsonNumber("receiptNumber").longValue(), recorded.toString());
    long id = recorded.object().getJsonNumber("id").longValue();
    JsonObject atOrg = expect(200, d.admin().get(d.path("payments/" + id))).object();
    assertEquals(c.northMember().getString("memberCode"), atOrg.getString("memberCode"));
    assertEquals(500, d.admin().get(d.path("standing/" + c.northMember().getJsonNumber("id"))).object()
        .getJsonNumber("paidMinor").longValue(), "the organisation's ledger holds the chapter's payment");
    ApiResponse receipt = expect(200, c.leader().get(dues(c.north(), "receipts/" + (first + 1))));
    assertEquals(c.northMember().getString("memberCode"), receipt.object().getString("memberCode"));
    expect(200, c.leader().get(dues(c.north(), "receipts/" + (first + 1) + "/print?lang=km")));
  }

  @Test
  void a_team_leader_is_refused_for_another_chapters_member_and_nothing_is_written() {
    Chapters c = Chapters.create(anonymous());
    Dues d = c.dues();
    long before = c.entries();
    ApiResponse other = c.leader().post(dues(c.north(), "payments"),
        payment(c.southMember().getString("memberCode"), 500, "USD", TODAY));
    assertEquals(403, other.status(), other.toString());
    assertEquals("other-chapter", other.object().getString("code"), other.toString());
    assertTrue(other.object().getString("detail").contains("act only for members of " + c.north()), other.toString());
    assertFalse(other.body().contains("Sen Sok member"), "the refusal names nobody: " + other);
    ApiResponse direct = c.leader().post(dues(c.north(), "payments"), payment(d.memberCode(), 500, "USD", TODAY));
    assertEquals(403, direct.status(), "a member kept at the organisation, in no chapter: " + direct);
    ApiResponse unknown = c.leader().post(dues(c.north(), "payments"), payment("NOBODY-1", 500, "USD", TODAY));
    assertEquals(422, unknown.status(), unknown.toString());
    Dues foreign = Dues.create(anonymous(), "Foreign member");
    ApiResponse otherOrg = c.leader().post(dues(c.north(), "payments"), payment(foreign.memberCode(), 500, "USD", TODAY));
    assertEquals(422, otherOrg.status(), "another organisation's member is nobody here: " + otherOrg);
    assertEquals(404, c.leader().post(dues(c.south(), "payments"),
        payment(c.southMember().getString("memberCode"), 500, "USD", TODAY)).status(), "no grant reaches Sen Sok");
    assertEquals(404, c.leader().post(d.path("payments"),
        payment(c.southMember().getString("memberCode"), 500, "USD", TODAY)).status(), "no grant reaches the organisation");
    assertEquals(404, c.leader().post(foreign.path("payments"),
        payment(foreign.memberCode(), 500, "USD", TODAY)).status(), "nor another organisation");
    assertEquals(before, c.entries(), "nothing was written");
    assertEquals(1, foreign.admin().get(foreign.path("enrolments")).array().size());
    assertEquals(0, foreign.admin().get(foreign.path("payments")).array().size(), "nothing was written there either");
  }

  @Test
  void garbage_bodies_from_a_team_leader_are_refused_and_write_nothing() {
    Chapters c = Chapters.create(anonymous());
    String code = c.northMember().getString("memberCode");
    long before = c.entries();
    List<String> bodies = List.of("{\"unclosed\": ", "[]", "{}", "null",
        "{\"memberCode\":\"" + code + "\",\"amountMinor\":1.5,\"currency\":\"USD\",\"paidOn\":\"" + TODAY + "\",\"method\":\"CASH\"}",
        "{\"memberCode\":\"" + code + "\",\"amountMinor\":-5,\"currency\":\"USD\",\"paidOn\":\"" + TODAY + "\",\"method\":\"CASH\"}",
        "{\"memberCode\":\"" + code + "\",\"amountMinor\":5,\"currency\":\"USD\",\"paidOn\":\"" + TODAY.plusDays(3)
            + "\",\"method\":\"CASH\"}",
        "{\"memberCode\":\"" + code + "\",\"amountMinor\":5,\"currency\":\"USD\",\"paidOn\":\"" + TODAY
            + "\",\"method\":\"CASH\",\"tenantId\":1}",
        "{\"memberCode\":\"" + "x".repeat(5_000) + "\",\"amountMinor\":5,\"currency\":\"USD\",\"paidOn\":\"" + TODAY
            + "\",\"method\":\"CASH\"}");
    for (String body : bodies) {
      ApiResponse r = c.leader().callRaw("POST", dues(c.north(), "payments"), body);
      assertTrue(r.status() >= 400 && r.status() < 500 && r.body().contains("\"detail\""), body + " -> " + r);
    }
    assertEquals(before, c.entries(), "nothing was written");
  }

  @Test
  void reads_at_a_chapter_show_that_chapters_members_only() {
    Chapters c = Chapters.create(anonymous());
    Dues d = c.dues();
    expect(201, d.admin().post(d.path("payments"), payment(c.southMember().getString("memberCode"), 700, "USD", TODAY)));
    long southPayment = d.admin().get(d.path("payments")).array().getJsonObject(0).getJsonNumber("id").longValue();
    long southReceipt = d.admin().get(d.path("payments")).array().getJsonObject(0).getJsonNumber("receiptNumber")
        .longValue();
    expect(201, c.leader().post(dues(c.north(), "payments"), payment(c.northMember().getString("memberCode"), 500,
        "USD", TODAY)));
    ApiResponse mine = expect(200, c.leader().get(dues(c.north(), "payments")));
    assertEquals(1, mine.array().size(), mine.toString());
    assertEquals(c.northMember().getString("memberCode"), mine.array().getJsonObject(0).getString("memberCode"));
    assertFalse(mine.body().contains("Sen Sok member") || mine.body().contains(SECRET), mine.toString());
    assertEquals(1, c.leader().get(dues(c.north(), "receipts")).array().size());
    assertEquals(404, c.leader().get(dues(c.north(), "payments/" + southPayment)).status());
    assertEquals(404, c.leader().get(dues(c.north(), "receipts/" + southReceipt)).status());
    assertEquals(404, c.leader().get(dues(c.north(), "standing/" + c.southMember().getJsonNumber("id"))).status());
    expect(200, c.leader().get(dues(c.north(), "standing/" + c.northMember().getJsonNumber("id"))));
    assertEquals(403, c.leader().get(dues(c.north(), "payments?memberCode="
        + c.southMember().getString("memberCode"))).status(), "looking another chapter's member up is refused");
    assertEquals(403, c.leader().get(dues(c.north(), "arrears")).status(), "a team leader reads no arrears");
    assertEquals(404, c.leader().get(dues(c.north(), "plans")).status(), "plans are kept at the organisation");
    ApiClient treasurer = TwoTenants.account(anonymous(), d.admin(), c.north(), "chapter-treasurer", "treasurer");
    List<String> inArrears = treasurer.get(dues(c.north(), "arrears")).array().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("memberCode")).toList();
    assertEquals(List.of(c.northMember().getString("memberCode")), inArrears, "the chapter's arrears only");
    List<JsonObject> byChapter = treasurer.get(dues(c.north(), "arrears/chapters")).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(c.north()), byChapter.stream().map(o -> o.getString("chapter")).distinct().toList());
    assertEquals(1, treasurer.get(dues(c.north(), "arrears/count")).object().getInt("count"));
    assertEquals(400, treasurer.get(dues(c.north(), "arrears?chapter=" + c.south())).status());
    assertEquals(404, treasurer.get(dues(c.north(), "reports/collections")).status(), "reports stay at the organisation");
    long northPayment = mine.array().getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(422, treasurer.post(dues(c.north(), "reversals"), Json.createObjectBuilder().add("paymentId", southPayment)
        .add("reason", "not ours").build()).status(), "another chapter's payment is no payment here");
    expect(201, treasurer.post(dues(c.north(), "reversals"), Json.createObjectBuilder().add("paymentId", northPayment)
        .add("reason", "recorded twice").build()));
    assertEquals(1, treasurer.get(dues(c.north(), "reversals")).array().size());
    assertEquals(1, d.admin().get(d.path("reversals")).array().size(), "the organisation's ledger holds the reversal");
  }

  @Test
  void a_network_above_the_organisation_cannot_act_for_its_chapters() {
    ApiClient operator = anonymous().asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String net = "dues-net-" + suffix;
    String org = "dues-org-" + suffix;
    String chapter = org + "-kampot";
    expect(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")));
    ApiClient netAdmin = TwoTenants.account(anonymous(), operator, net, "nadmin", "admin");
    expect(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)));
    ApiClient orgAdmin = TwoTenants.account(anonymous(), netAdmin, org, "oadmin", "admin", UnionDuesModule.ID);
    expect(201, orgAdmin.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", org)));
    expect(200, orgAdmin.put("/api/t/" + chapter + "/modules/union-dues", Json.createObjectBuilder().add("enabled", true)
        .build()));
    expect(201, orgAdmin.post(dues(org, "plans"), plan("USD", 1_000, "MONTHLY", TODAY.withDayOfMonth(1), 0)));
    String code = expect(201, orgAdmin.post("/api/t/" + org + "/members", Json.createObjectBuilder()
        .add("workingName", "Net member").add("chapter", chapter).build())).object().getString("memberCode");
    for (ApiClient above : List.of(netAdmin, operator)) {
      ApiResponse r = above.post(dues(chapter, "payments"), payment(code, 500, "USD", TODAY));
      assertTrue(r.status() == 403 || r.status() == 404, r.toString());
      ApiResponse read = above.get(dues(chapter, "payments"));
      assertTrue(read.status() == 403 || read.status() == 404, read.toString());
    }
  }
}
