package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;

/** Back to school and events through the API: the status rule, documents, support in riel, consent per event. */
abstract class SchoolChecks extends AttendanceChecks {

  @Test
  void a_childs_way_back_to_school_follows_the_rule_and_keeps_support_in_riel() {
    Org o = Org.create(anonymous());
    long child = o.child(CHILD_NAME, o.centreId());
    long school = id(expect(201, o.admin().post(o.path("schools"),
        Json.createObjectBuilder().add("name", "Hun Sen Primary").add("place", "pp-meanchey").build())));
    String path = o.path("children/" + child + "/school");
    JsonObject preparing = expect(200, o.admin().put(path, Json.createObjectBuilder().add("schoolId", school)
        .add("grade", 3).add("status", "PREPARING").add("statusSince", TODAY.minusDays(20).toString()).build())).object();
    assertEquals("PREPARING", preparing.getString("status"));
    JsonObject needs = expect(200, o.admin().put(path + "/needs", Json.createObjectBuilder()
        .add("documentsNeeded", Json.createArrayBuilder().add("BIRTH_CERTIFICATE").add("FAMILY_BOOK"))
        .add("documentsObtained", Json.createArrayBuilder().add("FAMILY_BOOK"))
        .add("barriers", Json.createArrayBuilder().add("INFORMAL_FEES").add("DOCUMENTS")).build())).object();
    assertEquals(List.of("BIRTH_CERTIFICATE", "FAMILY_BOOK"), needs.getJsonArray("documentsNeeded")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    expect(200, o.admin().put(path, Json.createObjectBuilder().add("schoolId", school).add("grade", 3)
        .add("status", "ENROLLED").add("statusSince", TODAY.minusDays(5).toString()).build()));
    var back = o.admin().put(path, Json.createObjectBuilder().add("status", "OUT_OF_SCHOOL")
        .add("statusSince", TODAY.toString()).build());
    assertEquals(422, back.status(), back.toString());
    assertTrue(back.object().getString("detail").contains("ENROLLED"), back.toString());
    expect(400, o.admin().put(path + "/needs", Json.createObjectBuilder()
        .add("documentsNeeded", Json.createArrayBuilder().add("PASSPORT")).add("documentsObtained",
            Json.createArrayBuilder()).add("barriers", Json.createArrayBuilder()).build()));
    assertEquals("ENROLLED", expect(200, o.admin().get(o.path("children/" + child))).object().getString("schoolStatus"));

    expect(201, o.admin().post(o.path("children/" + child + "/support"), Json.createObjectBuilder()
        .add("kind", "UNIFORM").add("amountRiel", 40_000).add("givenOn", TODAY.toString()).build()));
    expect(400, o.admin().post(o.path("children/" + child + "/support"), Json.createObjectBuilder()
        .add("kind", "PHOTO").add("amountRiel", 40_000).add("givenOn", TODAY.toString()).build()));
    assertEquals(40_000, expect(200, o.admin().get(o.path("children/" + child + "/support"))).array()
        .getJsonObject(0).getJsonNumber("amountRiel").longValue());
  }

  @Test
  void a_child_goes_to_an_event_only_with_the_guardians_consent_for_it() {
    Org o = Org.create(anonymous());
    ApiClient teacher = o.account(anonymous(), "teacher", "teacher");
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 5);
    long withConsent = o.child("Thida", o.centreId());
    long without = o.child("Rith", o.centreId());
    expect(201, o.enrol(klass, withConsent));
    expect(201, o.enrol(klass, without));
    long event = id(expect(201, o.admin().post(o.path("events"), Json.createObjectBuilder()
        .add("name", "Visit to the national museum").add("kind", "EXPOSURE_VISIT").add("heldOn", TODAY.toString())
        .build())));
    expect(400, o.admin().post(o.path("events/" + event + "/children"), Json.createObjectBuilder()
        .add("childId", withConsent).add("guardianConsents", false).build()));
    expect(201, o.admin().post(o.path("events/" + event + "/children"), Json.createObjectBuilder()
        .add("childId", withConsent).add("guardianConsents", true).build()));
    expect(409, o.admin().post(o.path("events/" + event + "/children"), Json.createObjectBuilder()
        .add("childId", withConsent).add("guardianConsents", true).build()));
    JsonObject came = Json.createObjectBuilder().add("attended", true).build();
    assertTrue(expect(200, teacher.put(o.path("events/" + event + "/children/" + withConsent), came)).object()
        .getBoolean("attended"));
    expect(422, teacher.put(o.path("events/" + event + "/children/" + without), came));
    assertEquals(1, expect(200, teacher.get(o.path("events/" + event + "/children"))).array().size());
  }
}
