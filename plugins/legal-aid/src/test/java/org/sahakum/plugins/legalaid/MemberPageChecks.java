package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/** A member's page in the core counts their cases; refusals name the field with a code. */
abstract class MemberPageChecks extends ListChecks {

  @Test
  void the_member_page_counts_the_members_cases_for_those_who_may_read_cases() {
    Org o = Org.create(anonymous());
    long started = o.openCase(memberCase(o.memberCode()));
    o.openCase(memberCase(o.memberCode()));
    o.openCase(newRow());
    expect(200, o.admin().post(o.path("cases/" + started + "/start"), Json.createObjectBuilder().build()));
    String page = "/api/t/" + o.slug() + "/members/" + o.memberId() + "/summaries";
    JsonArray entries = expect(200, o.admin().get(page)).array();
    JsonObject cases = entries.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("module").equals(LegalAidModule.ID)).findFirst().orElseThrow().getJsonObject("summary");
    assertEquals("cases", cases.getString("view"));
    JsonArray lines = cases.getJsonArray("lines");
    assertEquals("1", lines.getJsonObject(0).getJsonObject("value").getString("en"), "open: " + cases);
    assertEquals("1", lines.getJsonObject(1).getJsonObject("value").getString("en"), "in progress: " + cases);
    assertEquals("0", lines.getJsonObject(2).getJsonObject("value").getString("en"), "closed: " + cases);
    assertTrue(o.auditActions().contains("legal-aid:cases.summary.read"), "the read is on record");
    assertEquals(403, o.account(anonymous(), "page-paralegal", "paralegal").get(page).status(),
        "a paralegal does not read the register");

    ApiResponse unknown = o.admin().post(o.path("cases"), memberCase("NOPE-0001"));
    assertEquals(422, unknown.status(), unknown.toString());
    assertEquals("unknown-member", unknown.object().getString("code"));
    assertEquals("memberCode", unknown.object().getString("field"));
    ApiResponse invalid = o.admin().post(o.path("cases"), Json.createObjectBuilder().add("caseType", "arrest")
        .add("clientKind", "non-member").add("clientGroup", "student").build());
    assertEquals("format", invalid.object().getString("code"), invalid.toString());
    assertEquals("caseType", invalid.object().getString("field"));
  }
}
