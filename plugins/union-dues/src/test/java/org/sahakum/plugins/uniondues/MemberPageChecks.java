package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/** A member's page in the core shows their dues standing; refusals name the field with a code. */
abstract class MemberPageChecks extends ListChecks {

  @Test
  void the_member_page_shows_the_standing_to_treasurers_and_a_refusal_carries_its_code() {
    Dues d = Dues.create(anonymous(), "Page Member");
    JsonObject dues = summaryOf(d, d.memberId());
    assertEquals("arrears", dues.getString("view"));
    JsonArray lines = dues.getJsonArray("lines");
    assertEquals("Not in good standing", lines.getJsonObject(0).getJsonObject("value").getString("en"),
        "eleven months unpaid: " + dues);
    assertTrue(lines.getJsonObject(2).getJsonObject("value").getString("en").endsWith(" USD"), dues.toString());

    long unenrolled = member(d.admin(), d.org(), "Not Enrolled").getJsonNumber("id").longValue();
    assertEquals("Not enrolled in a dues plan",
        summaryOf(d, unenrolled).getJsonArray("lines").getJsonObject(0).getJsonObject("value").getString("en"));
    String code = member(d.admin(), d.org(), "Also Not Enrolled").getString("memberCode");
    ApiResponse refused = d.admin().post(d.path("payments"), payment(code, 1_000, "USD", TODAY));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("not-enrolled", refused.object().getString("code"));
    assertEquals("memberCode", refused.object().getString("field"));

    // an organiser reads the register and dues reports; without dues permissions the page has no dues
    assertEquals(200, d.admin().put("/api/t/" + d.org() + "/roles/organiser", Json.createObjectBuilder()
        .add("permissions", Json.createArrayBuilder().add("tenant:read").add("modules:use").add("member:read")).build())
        .status());
    ApiResponse page = d.account(anonymous(), "page-organiser", "organiser")
        .get("/api/t/" + d.org() + "/members/" + d.memberId() + "/summaries");
    assertEquals(200, page.status(), page.toString());
    assertEquals(0, page.array().size(), page.toString());
  }

  private static JsonObject summaryOf(Dues d, long memberId) {
    ApiResponse r = expect(200, d.admin().get("/api/t/" + d.org() + "/members/" + memberId + "/summaries"));
    JsonObject entry = r.array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("module").equals(UnionDuesModule.ID)).findFirst().orElseThrow(() -> new AssertionError(r));
    return entry.getJsonObject("summary");
  }
}
