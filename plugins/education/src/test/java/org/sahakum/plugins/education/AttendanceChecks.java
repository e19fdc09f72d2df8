package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/** Attendance and the waiting list through the API: a class of 30 in one request, corrections, follow-up. */
abstract class AttendanceChecks extends ChildChecks {

  static JsonObject session(LocalDate day, List<Long> children, String... statuses) {
    JsonArrayBuilder marks = Json.createArrayBuilder();
    for (int i = 0; i < children.size(); i++) {
      marks.add(Json.createObjectBuilder().add("childId", children.get(i)).add("status", statuses[i % statuses.length]));
    }
    return Json.createObjectBuilder().add("heldOn", day.toString()).add("marks", marks).build();
  }

  @Test
  void a_class_of_thirty_is_taken_in_one_request_and_a_retry_doubles_nothing() throws Exception {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 30);
    List<Long> children = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long child = o.child("Child" + i, o.centreId());
      expect(201, o.enrol(klass, child));
      children.add(child);
    }
    List<JsonObject> roster = expect(200, teacher.get(o.path("classes/" + klass + "/roster"))).array()
        .getValuesAs(JsonObject.class);
    assertEquals(30, roster.size());
    assertEquals("Child0", roster.get(0).getString("name"));

    JsonObject body = session(TODAY, children, "PRESENT", "PRESENT", "LATE", "ABSENT");
    JsonObject taken = expect(201, teacher.post(o.path("classes/" + klass + "/sessions"), body)).object();
    assertEquals(16, taken.getInt("present"));
    assertEquals(7, taken.getInt("late"));
    assertEquals(7, taken.getInt("absent"));
    expect(200, teacher.post(o.path("classes/" + klass + "/sessions"), body));
    assertEquals(30, rows("SELECT COUNT(*) FROM edu_attendance WHERE class_id = ?", klass), "a retry adds no row");
    assertEquals(1, rows("SELECT COUNT(*) FROM edu_session WHERE class_id = ?", klass));
    List<JsonObject> trail = expect(200, o.admin().get("/api/t/" + o.slug() + "/audit?limit=20")).array()
        .getValuesAs(JsonObject.class);
    assertEquals(2, trail.stream().filter(e -> e.getString("action").equals("education:attendance.taken")).count(),
        "one audit entry per submission");
    assertEquals("LATE", expect(200, teacher.get(o.path("classes/" + klass + "/roster"))).array().getJsonObject(2)
        .getString("status"), "the screen shows the marks already taken");

    List<Long> stranger = List.of(o.child("Outsider", o.centreId()));
    ApiResponse refused = expect(422, teacher.post(o.path("classes/" + klass + "/sessions"),
        session(TODAY.minusDays(1), stranger, "PRESENT")));
    assertTrue(refused.object().getString("detail").contains("not enrolled"), refused.toString());
    expect(422, teacher.post(o.path("classes/" + klass + "/sessions"), session(TODAY.plusDays(1), children, "PRESENT")));
    ApiResponse badMark = expect(400, teacher.post(o.path("classes/" + klass + "/sessions"),
        session(TODAY.minusDays(2), children, "PRESENT", "MAYBE")));
    assertEquals("status", badMark.object().getString("field"), badMark.toString());
    assertEquals("format", badMark.object().getString("code"), badMark.toString());
    assertTrue(badMark.object().getString("detail").contains("must be PRESENT, LATE or ABSENT"), badMark.toString());
    ApiResponse noChild = expect(400, teacher.post(o.path("classes/" + klass + "/sessions"), Json.createObjectBuilder()
        .add("heldOn", TODAY.minusDays(2).toString()).add("marks", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("childId", -4).add("status", "LATE"))).build()));
    assertEquals("childId", noChild.object().getString("field"), noChild.toString());
    assertEquals("too-small", noChild.object().getString("code"), noChild.toString());
    assertEquals(1, rows("SELECT COUNT(*) FROM edu_session WHERE class_id = ?", klass), "nothing kept of a refused session");
  }

  @Test
  void a_correction_after_the_day_needs_a_reason_and_is_audited() {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 5);
    long child = o.child(CHILD_NAME, o.centreId());
    expect(201, o.enrol(klass, child));
    long yesterday = id(expect(201, teacher.post(o.path("classes/" + klass + "/sessions"),
        session(TODAY.minusDays(1), List.of(child), "ABSENT"))));
    expect(422, teacher.post(o.path("classes/" + klass + "/sessions"), session(TODAY.minusDays(1), List.of(child), "LATE")));
    JsonObject past = expect(200, teacher.get(o.path("classes/" + klass + "/roster?day=" + TODAY.minusDays(1))))
        .array().getJsonObject(0);
    assertEquals("ABSENT", past.getString("status"));
    assertEquals(yesterday, past.getJsonNumber("sessionId").longValue(), "the screen knows the session to correct");
    JsonObject now = expect(200, teacher.get(o.path("classes/" + klass + "/roster"))).array().getJsonObject(0);
    assertTrue(!now.containsKey("sessionId") || now.isNull("sessionId"), "no session yet today: " + now);
    String mark = o.path("classes/" + klass + "/sessions/" + yesterday + "/marks/" + child);
    ApiResponse noReason = expect(422, teacher.put(mark, Json.createObjectBuilder().add("status", "LATE").build()));
    assertTrue(noReason.object().getString("detail").contains("reason"), noReason.toString());
    JsonObject corrected = expect(200, teacher.put(mark, Json.createObjectBuilder().add("status", "LATE")
        .add("reason", "came after the roll call").build())).object();
    assertEquals("LATE", corrected.getString("status"));
    assertTrue(corrected.getBoolean("corrected"));

    long today = id(expect(201, teacher.post(o.path("classes/" + klass + "/sessions"),
        session(TODAY, List.of(child), "ABSENT"))));
    expect(200, teacher.put(o.path("classes/" + klass + "/sessions/" + today + "/marks/" + child),
        Json.createObjectBuilder().add("status", "PRESENT").build()));
    List<JsonObject> trail = expect(200, o.admin().get("/api/t/" + o.slug() + "/audit?limit=20")).array()
        .getValuesAs(JsonObject.class);
    assertEquals(2, trail.stream().filter(e -> e.getString("action").equals("education:attendance.corrected")).count());
  }

  @Test
  void a_class_in_a_term_takes_any_day_of_it_others_the_last_31_days() throws Exception {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long term = id(expect(201, o.admin().post(o.path("terms"), Json.createObjectBuilder().add("name", "Long term")
        .add("startsOn", TODAY.minusDays(90).toString()).add("endsOn", TODAY.plusDays(30).toString()).build())));
    long inTerm = id(expect(201, o.admin().post(o.path("classes"), Json.createObjectBuilder()
        .add("centreId", o.centreId()).add("termId", term).add("subject", "ENGLISH").add("level", "beginners")
        .add("teacherAccountId", o.teacherId("teacher")).add("schedule", "Tue 08:00").add("capacity", 5).build())));
    long noTerm = o.newClass(o.centreId(), o.teacherId("teacher"), 5);
    long child = o.child(CHILD_NAME, o.centreId());
    expect(201, o.enrol(inTerm, child));
    expect(201, o.enrol(noTerm, child));

    expect(201, teacher.post(o.path("classes/" + inTerm + "/sessions"), session(TODAY.minusDays(90), List.of(child), "PRESENT")));
    ApiResponse beforeTerm = expect(422, teacher.post(o.path("classes/" + inTerm + "/sessions"),
        session(TODAY.minusDays(91), List.of(child), "PRESENT")));
    assertTrue(beforeTerm.object().getString("detail").startsWith("heldOn:"), beforeTerm.toString());
    expect(201, teacher.post(o.path("classes/" + noTerm + "/sessions"), session(TODAY.minusDays(31), List.of(child), "PRESENT")));
    expect(422, teacher.post(o.path("classes/" + noTerm + "/sessions"), session(TODAY.minusDays(32), List.of(child), "PRESENT")));
    expect(422, teacher.post(o.path("classes/" + inTerm + "/sessions"), session(TODAY.plusDays(1), List.of(child), "PRESENT")));
    assertEquals(2, rows("SELECT COUNT(*) FROM edu_attendance WHERE child_id = ?", child), "only the days accepted");
  }

  @Test
  void three_absences_in_a_row_put_the_child_on_the_teachers_follow_up_list() {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    ApiClient otherTeacher = o.account(anonymous(), "other", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 5);
    long away = o.child("Kosal", o.centreId());
    long back = o.child("Nita", o.centreId());
    expect(201, o.enrol(klass, away));
    expect(201, o.enrol(klass, back));
    String sessions = o.path("classes/" + klass + "/sessions");
    expect(201, teacher.post(sessions, session(TODAY.minusDays(3), List.of(away, back), "ABSENT", "ABSENT")));
    expect(201, teacher.post(sessions, session(TODAY.minusDays(2), List.of(away, back), "ABSENT", "PRESENT")));
    assertEquals(0, expect(200, teacher.get(o.path("follow-up"))).array().size(), "two absences are not three");
    expect(201, teacher.post(sessions, session(TODAY.minusDays(1), List.of(away, back), "ABSENT", "ABSENT")));

    List<JsonObject> list = expect(200, teacher.get(o.path("follow-up"))).array().getValuesAs(JsonObject.class);
    assertEquals(1, list.size(), list.toString());
    assertEquals(away, list.get(0).getJsonNumber("childId").longValue());
    assertEquals("Kosal", list.get(0).getString("name"));
    assertEquals(TODAY.minusDays(3).toString(), list.get(0).getString("absentSince"));
    assertEquals("1", expect(200, teacher.get(o.path("follow-up"))).headers().firstValue("X-Total-Count").orElse(""));
    assertEquals(1, expect(200, teacher.get(o.path("follow-up/count"))).object().getInt("count"), "the home count");
    assertEquals(0, expect(200, otherTeacher.get(o.path("follow-up"))).array().size(), "not another teacher's");
    expect(201, teacher.post(sessions, session(TODAY, List.of(away, back), "PRESENT", "PRESENT")));
    assertEquals(0, expect(200, teacher.get(o.path("follow-up"))).array().size(), "back in class");
  }

  @Test
  void over_capacity_children_wait_first_come_first_served() {
    Org o = Org.create(anonymous());
    o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 2);
    List<Long> children = new ArrayList<>();
    for (String n : List.of("A", "B", "C", "D")) {
      children.add(o.child("Kid" + n, o.centreId()));
    }
    assertEquals("ENROLLED", expect(201, o.enrol(klass, children.get(0))).object().getString("status"));
    assertEquals("ENROLLED", expect(201, o.enrol(klass, children.get(1))).object().getString("status"));
    JsonObject third = expect(201, o.enrol(klass, children.get(2))).object();
    assertEquals("WAITING", third.getString("status"));
    assertEquals(1, third.getInt("position"));
    assertEquals(2, expect(201, o.enrol(klass, children.get(3))).object().getInt("position"));
    expect(409, o.enrol(klass, children.get(2)));

    expect(204, o.admin().delete(o.path("classes/" + klass + "/enrolments/" + children.get(0))));
    JsonObject view = expect(200, o.admin().get(o.path("classes/" + klass))).object();
    assertEquals(2, view.getInt("enrolled"));
    assertEquals(1, view.getInt("waiting"));
    List<JsonObject> places = expect(200, o.admin().get(o.path("classes/" + klass + "/enrolments"))).array()
        .getValuesAs(JsonObject.class);
    assertEquals(List.of(children.get(1), children.get(2), children.get(3)),
        places.stream().map(p -> p.getJsonNumber("childId").longValue()).toList());
    assertEquals(List.of("ENROLLED", "ENROLLED", "WAITING"), places.stream().map(p -> p.getString("status")).toList());
    expect(422, o.admin().post(o.path("classes/" + klass + "/sessions"), session(TODAY, List.of(children.get(3)), "PRESENT")));
  }

  @Test
  void withdrawing_through_the_screens_form_frees_the_place_for_the_first_who_waits() {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 1);
    long first = o.child("KidA", o.centreId());
    long second = o.child("KidB", o.centreId());
    expect(201, o.enrol(klass, first));
    assertEquals("WAITING", expect(201, o.enrol(klass, second)).object().getString("status"));
    String withdrawal = o.path("classes/" + klass + "/enrolments/" + first + "/withdrawal");
    expect(403, teacher.post(withdrawal, Json.createObjectBuilder().build()));
    expect(204, o.admin().post(withdrawal, Json.createObjectBuilder().build()));
    List<JsonObject> places = expect(200, o.admin().get(o.path("classes/" + klass + "/enrolments"))).array()
        .getValuesAs(JsonObject.class);
    assertEquals(1, places.size(), places.toString());
    assertEquals(second, places.get(0).getJsonNumber("childId").longValue());
    assertEquals("ENROLLED", places.get(0).getString("status"), "the first who waited took the place");
    expect(404, o.admin().post(withdrawal, Json.createObjectBuilder().build()));
    List<JsonObject> trail = expect(200, o.admin().get("/api/t/" + o.slug() + "/audit?limit=20")).array()
        .getValuesAs(JsonObject.class);
    assertEquals(1, trail.stream().filter(e -> e.getString("action").equals("education:child.withdrawn")).count());
  }

  static long rows(String sql, long id) throws Exception {
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(sql)) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
