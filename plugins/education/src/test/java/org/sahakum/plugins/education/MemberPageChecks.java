package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahakum.api.Page;
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

  @Test
  void the_organisations_centres_schools_and_terms_page_and_count_too() {
    Org o = Org.create(anonymous());
    o.centre("Centre B");
    o.centre("Centre C");
    for (String name : List.of("School A", "School B", "School C")) {
      expect(201, o.admin().post(o.path("schools"), Json.createObjectBuilder().add("name", name).build()));
    }
    for (int month = 1; month <= 3; month++) {
      expect(201, o.admin().post(o.path("terms"), Json.createObjectBuilder().add("name", "Term " + month)
          .add("startsOn", "2026-0" + month + "-01").add("endsOn", "2026-0" + month + "-28").build()));
    }
    for (String list : List.of("centres", "schools", "terms")) {
      ApiResponse first = expect(200, o.admin().get(o.path(list + "?limit=2&offset=0")));
      assertEquals(2, first.array().size(), list);
      assertEquals("3", first.headers().firstValue(Page.TOTAL_HEADER).orElse(""), list + ": the whole count");
      ApiResponse last = expect(200, o.admin().get(o.path(list + "?limit=2&offset=2")));
      assertEquals(1, last.array().size(), list + ": the last page");
      assertNotEquals(first.array().getJsonObject(0).getJsonNumber("id").longValue(),
          last.array().getJsonObject(0).getJsonNumber("id").longValue(), list + ": another row on the next page");
      assertEquals(400, o.admin().get(o.path(list + "?limit=201")).status(), list + ": a page has at most 200 rows");
      assertEquals(400, o.admin().get(o.path(list + "?offset=-1")).status(), list + ": no offset before the first");
    }
    assertEquals(List.of("Term 3", "Term 2"), expect(200, o.admin().get(o.path("terms?limit=2"))).array()
        .getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList(), "the latest term first");
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
