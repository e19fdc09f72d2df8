package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/** Legal trainings and attendance through the API: members by code, others counted, erasure. */
abstract class TrainingChecks extends ReferralChecks {
  /** The server's "today": its clock is in the operator's zone, by default Phnom Penh. */
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

  static JsonObject training(String topic, LocalDate day) {
    return Json.createObjectBuilder().add("topic", topic).add("heldOn", day.toString()).add("place", "pp-sen-sok")
        .add("facilitator", "WNU paralegal team").add("capacity", 30).build();
  }

  static JsonObject attendance(long trainingId, String memberCode) {
    return Json.createObjectBuilder().add("trainingId", trainingId).add("memberCode", memberCode).build();
  }

  static long addTraining(Org o, LocalDate day) {
    return id(expect(201, o.admin().post(o.path("trainings"), training("know-your-rights", day))));
  }

  @Test
  void a_training_has_members_by_code_and_everyone_else_as_a_count() {
    Org o = Org.create(anonymous());
    long id = addTraining(o, TODAY.minusDays(1));
    JsonObject added = expect(201, o.admin().post(o.path("attendance"), attendance(id, o.memberCode()))).object();
    assertEquals(1, added.getInt("memberAttendees"));
    ApiResponse twice = expect(409, o.admin().post(o.path("attendance"), attendance(id, o.memberCode())));
    assertTrue(twice.object().getString("detail").contains("already"), twice.toString());
    ApiResponse unknown = expect(422, o.admin().post(o.path("attendance"), attendance(id, "NOPE-0001")));
    assertTrue(unknown.object().getString("detail").contains("memberCode"), unknown.toString());
    expect(422, o.admin().post(o.path("attendance"), attendance(999_999_999L, o.memberCode())));
    long planned = addTraining(o, TODAY.plusDays(7));
    ApiResponse early = expect(409, o.admin().post(o.path("attendance"), attendance(planned, o.memberCode())));
    assertTrue(early.object().getString("detail").contains("once it is held"), early.toString());
    JsonObject counted = expect(200, o.admin().put(o.path("trainings/" + id + "/non-member-attendees"),
        Json.createObjectBuilder().add("count", 3).build())).object();
    assertEquals(3, counted.getInt("nonMemberAttendees"));
    assertEquals(4, counted.getInt("attendees"));
    expect(400, o.admin().put(o.path("trainings/" + id + "/non-member-attendees"),
        Json.createObjectBuilder().add("count", -1).build()));
    ApiResponse who = expect(200, o.admin().get(o.path("trainings/" + id + "/attendance")));
    assertEquals(1, who.array().size());
    assertEquals(o.memberCode(), who.array().getJsonObject(0).getString("memberCode"));
    assertEquals(SECRET, who.array().getJsonObject(0).getString("workingName"));
    List<JsonObject> list = o.admin().get(o.path("trainings")).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(planned, id), list.stream().map(LegalFixture::id).toList(), "latest day first");
    assertEquals(30, list.get(1).getInt("capacity"));
    expect(400, o.admin().post(o.path("trainings"), training("yoga", TODAY)));
    expect(400, o.admin().post(o.path("trainings"), Json.createObjectBuilder(training("other", TODAY))
        .add("capacity", 0).build()));
    expect(400, o.admin().post(o.path("trainings"), Json.createObjectBuilder(training("other", TODAY))
        .add("attendees", 12).build()));
    assertEquals(2, o.admin().get(o.path("trainings")).array().size(), "nothing else was written");
    expect(404, o.admin().get(o.path("trainings/999999999")));
    assertTrue(o.auditActions().containsAll(List.of("legal-aid:training.created", "legal-aid:attendance.recorded",
        "legal-aid:attendance.read")));
  }

  @Test
  void erasing_a_member_turns_their_attendance_into_an_anonymous_count() {
    Org o = Org.create(anonymous());
    long id = addTraining(o, TODAY);
    expect(201, o.admin().post(o.path("attendance"), attendance(id, o.memberCode())));
    expect(200, o.admin().put(o.path("trainings/" + id + "/non-member-attendees"),
        Json.createObjectBuilder().add("count", 2).build()));
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    JsonObject after = expect(200, o.admin().get(o.path("trainings/" + id))).object();
    assertEquals(0, after.getInt("memberAttendees"));
    assertEquals(1, after.getInt("anonymousAttendees"));
    assertEquals(3, after.getInt("attendees"), "the erased member still counts, anonymously");
    assertEquals(0, o.admin().get(o.path("trainings/" + id + "/attendance")).array().size());
  }
}
