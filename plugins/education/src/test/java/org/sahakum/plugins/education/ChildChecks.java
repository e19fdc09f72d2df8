package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ErasureTrail;

/** Children through the API: consent, the sealed name and its audited openings, the teacher's scope, erasure, rotation. */
abstract class ChildChecks extends EduFixture {

  @Test
  void no_record_is_made_without_the_guardians_consent_to_the_current_text() {
    Org o = Org.create(anonymous());
    JsonObject noConsent = Json.createObjectBuilder(childBody(o.guardianCode(), null, CHILD_NAME, o.centreId()).build())
        .remove("consentVersion").build();
    expect(400, o.admin().post(o.path("children"), noConsent));
    ApiResponse old = expect(422, o.admin().post(o.path("children"),
        childBody(o.guardianCode(), null, CHILD_NAME, o.centreId()).add("consentVersion", "edu-2020-1").build()));
    assertTrue(old.object().getString("detail").contains("consent"), old.toString());
    expect(422, o.admin().post(o.path("children"), childBody("WNU-NOBODY", null, CHILD_NAME, o.centreId()).build()));
    assertEquals(0, o.admin().get(o.path("children")).array().size(), "nothing was written");
    assertEquals("edu-2026-1", expect(200, o.admin().get(o.path("consent"))).object().getString("version"));
  }

  @Test
  void the_name_is_sealed_at_rest_never_listed_and_each_opening_is_audited() throws Exception {
    Org o = Org.create(anonymous());
    long child = o.child(CHILD_NAME, o.centreId());
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "SELECT sealed_name FROM edu_child WHERE id = ?")) {
      q.setLong(1, child);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).contains(CHILD_NAME), "sealed at rest");
      }
    }
    ApiResponse list = expect(200, o.admin().get(o.path("children")));
    assertFalse(list.body().contains(CHILD_NAME), "a list never shows a name");
    assertEquals(o.guardianCode(), list.array().getJsonObject(0).getString("guardianCode"));
    assertEquals(CHILD_NAME, expect(200, o.admin().get(o.path("children/" + child))).object().getString("name"));
    List<JsonObject> trail = expect(200, o.admin().get("/api/t/" + o.slug() + "/audit?limit=50")).array()
        .getValuesAs(JsonObject.class);
    assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("education:child.name.read")
        && e.getString("targetId").equals(String.valueOf(child))), "the opening is on the trail: " + trail);
  }

  @Test
  void a_teacher_reaches_only_the_children_of_their_own_classes() {
    Org o = Org.create(anonymous());
    ApiClient teacherA = o.account(anonymous(), "teacher-a", "teacher");
    ApiClient teacherB = o.account(anonymous(), "teacher-b", "teacher");
    long centreB = o.centre("Centre B");
    long classA = o.newClass(o.centreId(), o.teacherId("teacher-a"), 10);
    long classB = o.newClass(centreB, o.teacherId("teacher-b"), 10);
    long childA = o.child("Dara", o.centreId());
    long childB = o.child("Bopha", centreB);
    expect(201, o.enrol(classA, childA));
    expect(201, o.enrol(classB, childB));

    List<Long> seenByA = expect(200, teacherA.get(o.path("children"))).array().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue()).toList();
    assertEquals(List.of(childA), seenByA);
    assertEquals("Dara", expect(200, teacherA.get(o.path("children/" + childA))).object().getString("name"));
    for (String other : List.of("children/" + childB, "classes/" + classB, "classes/" + classB + "/roster",
        "classes/" + classB + "/sessions", "classes/" + classB + "/enrolments")) {
      ApiResponse r = teacherA.get(o.path(other));
      assertEquals(404, r.status(), other + " -> " + r);
      assertFalse(r.body().contains("Bopha"), other);
    }
    JsonObject session = Json.createObjectBuilder().add("heldOn", TODAY.toString()).add("marks",
        Json.createArrayBuilder().add(Json.createObjectBuilder().add("childId", childB).add("status", "PRESENT"))).build();
    expect(404, teacherA.post(o.path("classes/" + classB + "/sessions"), session));
    expect(201, teacherB.post(o.path("classes/" + classB + "/sessions"), session));
    assertEquals(List.of(classA), expect(200, teacherA.get(o.path("classes"))).array().getValuesAs(JsonObject.class)
        .stream().map(c -> c.getJsonNumber("id").longValue()).toList());
  }

  @Test
  void erasing_the_only_guardian_erases_the_child_and_frees_the_place() {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 1);
    long child = o.child(CHILD_NAME, o.centreId());
    JsonObject other = o.member("Guardian Two");
    long waiting = id(expect(201, o.admin().post(o.path("children"),
        childBody(other.getString("memberCode"), null, "Vanna", o.centreId()).build())));
    expect(201, o.enrol(klass, child));
    assertEquals("WAITING", expect(201, o.enrol(klass, waiting)).object().getString("status"));
    expect(201, teacher.post(o.path("classes/" + klass + "/sessions"), Json.createObjectBuilder()
        .add("heldOn", TODAY.toString()).add("marks", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("childId", child).add("status", "ABSENT"))).build()));
    long head = ErasureTrail.head(o.admin(), o.slug());

    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.guardianId() + "/erasure", null));
    expect(404, o.admin().get(o.path("children/" + child)));
    assertEquals(List.of(waiting), expect(200, o.admin().get(o.path("children"))).array().getValuesAs(JsonObject.class)
        .stream().map(c -> c.getJsonNumber("id").longValue()).toList());
    JsonObject place = expect(200, o.admin().get(o.path("classes/" + klass + "/enrolments"))).array().getJsonObject(0);
    assertEquals(waiting, place.getJsonNumber("childId").longValue());
    assertEquals("ENROLLED", place.getString("status"), "the first who waited took the place");
    ErasureTrail.assertNoEntryNames(o.admin(), o.slug(), head, o.guardianId(), o.guardianCode(), child);
  }

  @Test
  void erasing_one_of_two_guardians_unlinks_them_and_the_child_stays_with_the_other() {
    Org o = Org.create(anonymous());
    JsonObject second = o.member("Guardian Two");
    long child = id(expect(201, o.admin().post(o.path("children"),
        childBody(o.guardianCode(), second.getString("memberCode"), CHILD_NAME, o.centreId()).build())));
    long head = ErasureTrail.head(o.admin(), o.slug());

    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.guardianId() + "/erasure", null));
    ErasureTrail.assertNoEntryNames(o.admin(), o.slug(), head, o.guardianId(), o.guardianCode());
    JsonObject kept = expect(200, o.admin().get(o.path("children/" + child))).object();
    assertEquals(second.getString("memberCode"), kept.getString("guardianCode"));
    assertTrue(!kept.containsKey("secondGuardianCode") || kept.isNull("secondGuardianCode"), kept.toString());
    assertEquals(CHILD_NAME, kept.getString("name"));

    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/"
        + second.getJsonNumber("id").longValue() + "/erasure", null));
    expect(404, o.admin().get(o.path("children/" + child)));
  }

  @Test
  void a_key_rotation_reseals_the_names() throws Exception {
    Org o = Org.create(anonymous());
    long child = o.child(CHILD_NAME, o.centreId());
    assertEquals(1, keyVersion(child));
    expect(202, o.admin().call("POST", "/api/t/" + o.slug() + "/keys/rotation", null));
    JsonObject rotation = null;
    for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(200)) {
      rotation = o.admin().get("/api/t/" + o.slug() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        break;
      }
    }
    assertEquals("done", rotation.getString("state"), String.valueOf(rotation));
    assertEquals(2, keyVersion(child), "no name is left under the old key");
    assertEquals(CHILD_NAME, expect(200, o.admin().get(o.path("children/" + child))).object().getString("name"));
  }

  private static int keyVersion(long child) throws Exception {
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "SELECT sealed_name FROM edu_child WHERE id = ?")) {
      q.setLong(1, child);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        return ByteBuffer.wrap(rs.getBytes(1), 1, 4).getInt();
      }
    }
  }
}
