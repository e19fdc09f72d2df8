package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahakum.api.Page;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/**
 * A guardian's member page counts their children's classes and attendance without a name; the
 * lists that grow answer a page and the whole count; the home screen counts the follow-up list.
 */
abstract class MemberPageChecks extends RetentionChecks {

  @Test
  void the_guardians_member_page_counts_classes_and_attendance_without_a_name() {
    Org o = Org.create(anonymous());
    long klass = o.newClass(o.centreId(), o.teacherId(teacher(o)), 1);
    long inClass = o.child("Sreyneang", o.centreId());
    long waiting = o.child("Visal", o.centreId());
    expect(201, o.enrol(klass, inClass));
    expect(201, o.enrol(klass, waiting));
    String sessions = o.path("classes/" + klass + "/sessions");
    expect(201, o.admin().post(sessions, AttendanceChecks.session(TODAY.minusDays(2), List.of(inClass), "PRESENT")));
    expect(201, o.admin().post(sessions, AttendanceChecks.session(TODAY.minusDays(1), List.of(inClass), "ABSENT")));

    String page = "/api/t/" + o.slug() + "/members/" + o.guardianId() + "/summaries";
    JsonObject summary = education(expect(200, o.admin().get(page)).array()).orElseThrow();
    assertEquals("children", summary.getString("view"));
    JsonArray lines = summary.getJsonArray("lines");
    List<String> values = lines.getValuesAs(JsonObject.class).stream()
        .map(l -> l.getJsonObject("value").getString("en")).toList();
    assertEquals(List.of("2", "1", "1", "1", "0", "1", "50%"), values, summary.toString());
    assertFalse(summary.toString().contains("Sreyneang") || summary.toString().contains("Visal"), "no child's name");
    List<String> trail = expect(200, o.admin().get("/api/t/" + o.slug() + "/audit?limit=50")).array()
        .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    assertTrue(trail.contains("education:children.summary.read"), "the read is on record: " + trail);

    String stranger = "/api/t/" + o.slug() + "/members/" + o.member("No Children").getJsonNumber("id").longValue()
        + "/summaries";
    assertTrue(education(expect(200, o.admin().get(stranger)).array()).isEmpty(), "nothing held, nothing shown");
    ApiResponse asTeacher = o.account(anonymous(), "page-teacher", "teacher").get(page);
    assertTrue(asTeacher.status() == 403 || education(asTeacher.array()).isEmpty(),
        "a teacher without edu:child:read sees no guardian's summary: " + asTeacher);
  }

  @Test
  void the_growing_lists_answer_a_page_and_the_whole_count() {
    Org o = Org.create(anonymous());
    for (String name : List.of("Dara", "Bopha", "Chenda")) {
      o.child(name, o.centreId());
    }
    ApiResponse children = expect(200, o.admin().get(o.path("children?limit=2&offset=0")));
    assertEquals(2, children.array().size());
    assertEquals("3", children.headers().firstValue(Page.TOTAL_HEADER).orElse(""), "the whole count");
    assertEquals(1, expect(200, o.admin().get(o.path("children?limit=2&offset=2"))).array().size());
    assertEquals(400, o.admin().get(o.path("children?limit=201")).status(), "a page has at most 200 rows");

    long teacherId = o.teacherId(teacher(o));
    o.newClass(o.centreId(), teacherId, 5);
    o.newClass(o.centreId(), teacherId, 5);
    ApiResponse classes = expect(200, o.admin().get(o.path("classes?limit=1")));
    assertEquals(1, classes.array().size());
    assertEquals("2", classes.headers().firstValue(Page.TOTAL_HEADER).orElse(""));
    ApiResponse followUp = expect(200, o.admin().get(o.path("follow-up")));
    assertEquals("0", followUp.headers().firstValue(Page.TOTAL_HEADER).orElse(""));
    assertEquals(0, expect(200, o.admin().get(o.path("follow-up/count"))).object().getInt("count"));
  }

  private String teacher(Org o) {
    o.account(anonymous(), "teacher", "teacher");
    return "teacher";
  }

  private static Optional<JsonObject> education(JsonArray entries) {
    return entries.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("module").equals(EducationModule.ID)).findFirst().map(e -> e.getJsonObject("summary"));
  }
}
