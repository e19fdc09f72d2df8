package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/** The sealed category under a key rotation and a chapter lockdown. */
abstract class SealingChecks extends ReferralChecks {

  @Test
  void a_key_rotation_reseals_the_categories_at_the_organisation_and_its_chapters() throws Exception {
    Org o = Org.create(anonymous());
    String chapter = chapter(o, "-kampot");
    long atOrg = o.referred("hiv-treatment");
    long facility = id(expect(201, o.admin().post("/api/t/" + chapter + "/health-referral/facilities",
        facility("Kampot", "health-centre", "hef-id-poor").build())));
    // the chapter's register does not hold the organisation's member: a non-member, by group
    long atChapter = id(expect(201, o.admin().post("/api/t/" + chapter + "/health-referral/referrals",
        Json.createObjectBuilder().add("personKind", "non-member").add("clientGroup", "walk-in").add("facilityId", facility)
            .add("serviceCategory", "sti").add("urgency", "routine").add("consentGiven", true).build())));
    assertEquals(Set.of(1), keyVersions(atOrg, atChapter));

    expect(202, o.admin().call("POST", "/api/t/" + o.slug() + "/keys/rotation", null));
    JsonObject rotation = null;
    for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(200)) {
      rotation = o.admin().get("/api/t/" + o.slug() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        break;
      }
    }
    assertEquals("done", rotation.getString("state"), String.valueOf(rotation));
    assertEquals(Set.of(2), keyVersions(atOrg, atChapter), "no category is left under the old key");
    assertEquals("hiv-treatment", o.admin().get(o.path("referrals/" + atOrg)).object().getString("serviceCategory"));
    assertEquals("sti", o.admin().get("/api/t/" + chapter + "/health-referral/referrals/" + atChapter).object()
        .getString("serviceCategory"));
  }

  @Test
  void a_locked_chapters_categories_stay_closed_until_two_admins_lift_it_and_the_work_goes_on() {
    Org o = Org.create(anonymous());
    String chapter = chapter(o, "-toul-kork");
    ApiClient secondAdmin = o.account(anonymous(), "admin2", "admin");
    String chapterMember = expect(201, o.admin().post("/api/t/" + chapter + "/members",
        Json.createObjectBuilder().add("workingName", "Chantou").build())).object().getString("memberCode");
    long ofChapterMember = id(expect(201, o.admin().post(o.path("referrals"),
        memberReferral(chapterMember, o.facilityId(), "hiv-testing", true))));
    long ofOrgMember = o.referred("sti");
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Phnom_Penh")).toString();
    String report = o.path("reports/costs?rows=category&columns=month&from=" + month + "&to=" + month);

    expect(200, o.admin().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()));
    assertLocked(o.admin().get(o.path("referrals/" + ofChapterMember)));
    assertLocked(o.admin().get(report));
    assertEquals("sti", expect(200, o.admin().get(o.path("referrals/" + ofOrgMember))).object().getString("serviceCategory"));
    expect(200, o.admin().get(o.path("referrals")));
    expect(200, o.admin().post(o.path("referrals/" + ofChapterMember + "/refer"), empty()));
    expect(200, o.admin().get(o.path("follow-ups?days=10")));

    expect(200, o.admin().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()));
    assertLocked(o.admin().get(o.path("referrals/" + ofChapterMember)));
    expect(200, secondAdmin.post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()));
    assertEquals("hiv-testing", expect(200, o.admin().get(o.path("referrals/" + ofChapterMember))).object()
        .getString("serviceCategory"));
    expect(200, o.admin().get(report));
  }

  private static void assertLocked(ApiResponse r) {
    assertEquals(423, r.status(), r.toString());
    assertTrue(!r.body().contains("hiv") && !r.body().contains("sti"), r.toString());
  }

  private String chapter(Org o, String suffix) {
    String chapter = o.slug() + suffix;
    expect(201, o.admin().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", o.slug())));
    expect(200, o.admin().put("/api/t/" + chapter + "/modules/" + HealthReferralModule.ID,
        Json.createObjectBuilder().add("enabled", true).build()));
    return chapter;
  }

  /** The key versions the categories of these referrals are sealed under (the format's bytes 1 to 4). */
  private static Set<Integer> keyVersions(long... referralIds) throws Exception {
    Set<Integer> versions = new HashSet<>();
    try (Connection db = database()) {
      for (long id : referralIds) {
        try (PreparedStatement q = db.prepareStatement("SELECT sealed_category FROM health_referral WHERE id = ?")) {
          q.setLong(1, id);
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              versions.add(ByteBuffer.wrap(rs.getBytes(1), 1, 4).getInt());
            }
          }
        }
      }
    }
    return versions;
  }
}
