package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * A chapter lockdown reaches legal aid: the confidential notes and files of the chapter's cases,
 * and of the organisation's cases for its members, are refused (423) to everyone until two admins
 * lift it; the rest of the organisation's cases, and the work of recording, go on.
 */
abstract class LockdownChecks extends IndicatorChecks {
  private static final String NOTE = "Held since Tuesday; " + SECRET;
  private static final byte[] PDF = "%PDF-1.7 charge sheet".getBytes(StandardCharsets.US_ASCII);

  @Test
  void a_locked_chapters_notes_and_files_are_refused_until_two_admins_lift_it() {
    Org o = Org.create(anonymous());
    String chapter = o.slug() + "-tuol-kork";
    expect(201, o.admin().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", o.slug())));
    expect(200, o.admin().put("/api/t/" + chapter + "/modules/" + LegalAidModule.ID,
        Json.createObjectBuilder().add("enabled", true).build()));
    ApiClient secondAdmin = o.account(anonymous(), "admin2", "admin");
    String chapterMember = expect(201, o.admin().post("/api/t/" + chapter + "/members",
        Json.createObjectBuilder().add("workingName", "Chantou").build())).object().getString("memberCode");
    String atChapter = "/api/t/" + chapter + "/legal-aid/";
    long chapterCase = confidentialCase(o.admin(), atChapter, memberCase(chapterMember));
    long orgCaseOfChapterMember = confidentialCase(o.admin(), o.path(""), memberCase(chapterMember));
    long orgCaseOfOrgMember = confidentialCase(o.admin(), o.path(""), memberCase(o.memberCode()));
    long orgCaseOfNonMember = confidentialCase(o.admin(), o.path(""), newRow());
    List<String> locked = List.of(atChapter + "cases/" + chapterCase, o.path("cases/" + orgCaseOfChapterMember));
    List<String> open = List.of(o.path("cases/" + orgCaseOfOrgMember), o.path("cases/" + orgCaseOfNonMember));

    expect(200, o.admin().post("/api/t/" + chapter + "/lockdown", Json.createObjectBuilder().build()));
    for (String c : locked) {
      assertLocked(o.admin().get(c + "/notes"), chapter);
      assertLocked(file(o.admin(), c), chapter);
      expect(200, o.admin().get(c));
      expect(200, o.admin().get(c + "/attachments"));
      expect(201, o.admin().post(c + "/notes", Json.createObjectBuilder().add("text", "Family told").build()));
    }
    expect(200, o.admin().get(atChapter + "cases"));
    for (String c : open) {
      assertEquals(NOTE, expect(200, o.admin().get(c + "/notes")).array().getJsonObject(0).getString("text"));
      expect(200, file(o.admin(), c));
    }

    expect(200, o.admin().post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()));
    assertLocked(o.admin().get(locked.get(0) + "/notes"), chapter);
    expect(200, secondAdmin.post("/api/t/" + chapter + "/lockdown/lift", Json.createObjectBuilder().build()));
    for (String c : locked) {
      ApiResponse notes = expect(200, o.admin().get(c + "/notes"));
      assertEquals(List.of(NOTE, "Family told"), notes.array().getValuesAs(JsonObject.class).stream()
          .map(n -> n.getString("text")).toList());
      assertEquals("%PDF-1.7 charge sheet", expect(200, file(o.admin(), c)).body());
    }
  }

  /** A case with one sealed note and one file. */
  private static long confidentialCase(ApiClient admin, String module, JsonObject body) {
    long id = id(expect(201, admin.post(module + "cases", body)));
    expect(201, admin.post(module + "cases/" + id + "/notes", Json.createObjectBuilder().add("text", NOTE).build()));
    expect(201, admin.postBytes(module + "cases/" + id + "/attachments", "application/pdf", PDF));
    return id;
  }

  private static ApiResponse file(ApiClient admin, String casePath) {
    long file = id(admin.get(casePath + "/attachments").array().getJsonObject(0));
    return admin.getAccepting(casePath + "/attachments/" + file, "application/pdf");
  }

  private static void assertLocked(ApiResponse r, String chapter) {
    assertEquals(423, r.status(), r.toString());
    assertTrue(r.object().getString("detail").contains(chapter + " is locked down"), r.toString());
    assertFalse(r.body().contains(SECRET) || r.body().contains("charge sheet"), r.toString());
  }
}
