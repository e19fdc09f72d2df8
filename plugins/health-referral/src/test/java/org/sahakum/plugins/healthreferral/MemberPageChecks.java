package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/**
 * The app's contracts: a member's page counts their referrals without saying what for, the lists
 * page with the whole count in {@code X-Total-Count}, and the home screen counts overdue follow-ups.
 */
abstract class MemberPageChecks extends SealingChecks {

  @Test
  void the_member_page_counts_the_members_referrals_and_never_says_what_for() {
    Org o = Org.create(anonymous());
    long made = o.referred("hiv-treatment");
    expect(201, o.admin().post(o.path("referrals"), memberReferral(o.memberCode(), o.facilityId(), "sti", false)));
    String due = o.admin().get(o.path("referrals/" + made)).object().getString("followUpDue");
    String page = "/api/t/" + o.slug() + "/members/" + o.memberId() + "/summaries";
    JsonArray entries = expect(200, o.admin().get(page)).array();
    JsonObject summary = entries.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("module").equals(HealthReferralModule.ID)).findFirst().orElseThrow()
        .getJsonObject("summary");
    assertEquals("referrals", summary.getString("view"));
    JsonArray lines = summary.getJsonArray("lines");
    assertEquals("1", lines.getJsonObject(0).getJsonObject("value").getString("en"), "proposed: " + summary);
    assertEquals("1", lines.getJsonObject(1).getJsonObject("value").getString("en"), "referred: " + summary);
    assertEquals("0", lines.getJsonObject(2).getJsonObject("value").getString("en"), "attended: " + summary);
    assertEquals("0", lines.getJsonObject(6).getJsonObject("value").getString("en"), "for children: " + summary);
    assertEquals(due, lines.getJsonObject(7).getJsonObject("value").getString("en"), "next follow-up: " + summary);
    String said = summary.toString().toLowerCase();
    assertFalse(said.contains("hiv") || said.contains("sti"), "the page never says what for: " + summary);
    assertTrue(o.admin().get("/api/t/" + o.slug() + "/audit?limit=200").array().getValuesAs(JsonObject.class).stream()
        .anyMatch(e -> e.getString("action").equals("health-referral:referrals.summary.read")), "the read is on record");
  }

  @Test
  void the_lists_page_and_the_home_screen_counts_referrals_overdue_for_follow_up() throws SQLException {
    Org o = Org.create(anonymous());
    long first = o.referred("general");
    o.referred("sti");
    expect(201, o.admin().post(o.path("facilities"), facility("Rose", "health-centre", "free")
        .add("maternalCare", true).build()));
    assertPage(o.admin().get(o.path("referrals?limit=1")), 1, 2);
    assertPage(o.admin().get(o.path("referrals?status=referred&offset=1&limit=50")), 1, 2);
    assertPage(o.admin().get(o.path("follow-ups?days=30&limit=1")), 1, 2);
    assertPage(o.admin().get(o.path("facilities?limit=1")), 1, 2);
    assertPage(o.admin().get(o.path("facilities?service=maternal-care")), 1, 1);
    expect(400, o.admin().get(o.path("referrals?limit=201")));

    assertEquals(0, expect(200, o.admin().get(o.path("follow-ups/overdue"))).object().getInt("count"),
        "nothing is overdue on the day it is made");
    // three days pass for the first referral: its follow-up moved back, and the organisation's kept
    // counts (followup.FollowUpCounts) rebuilt from the referrals as the migration builds them
    try (Connection db = database();
        PreparedStatement u = db.prepareStatement("UPDATE health_referral SET follow_up_due = ? WHERE id = ?");
        PreparedStatement clear = db.prepareStatement("DELETE FROM health_follow_up_count WHERE tenant_id = "
            + "(SELECT tenant_id FROM health_referral WHERE id = ?)");
        PreparedStatement count = db.prepareStatement("INSERT INTO health_follow_up_count (tenant_id, due, slot, owed) "
            + "SELECT tenant_id, follow_up_due, 2 * MIN(id), COUNT(*) FROM health_referral WHERE follow_up_due IS NOT NULL "
            + "AND tenant_id = (SELECT tenant_id FROM health_referral WHERE id = ?) GROUP BY tenant_id, follow_up_due")) {
      u.setDate(1, Date.valueOf(LocalDate.now().minusDays(3)));
      u.setLong(2, first);
      assertEquals(1, u.executeUpdate());
      clear.setLong(1, first);
      clear.executeUpdate();
      count.setLong(1, first);
      assertEquals(2, count.executeUpdate(), "two dates now");
    }
    assertEquals(1, expect(200, o.admin().get(o.path("follow-ups/overdue"))).object().getInt("count"));
  }

  private static void assertPage(ApiResponse r, int rows, long total) {
    assertEquals(200, r.status(), r.toString());
    assertEquals(rows, r.array().size(), r.toString());
    assertEquals(String.valueOf(total), r.headers().firstValue("X-Total-Count").orElse(null), r.toString());
  }
}
