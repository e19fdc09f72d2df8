package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/** Detention rapid response through the API: report, queue, needs, release. */
abstract class DetentionChecks extends CaseChecks {

  static JsonObject detention(String memberCode, Instant heldSince) {
    var b = Json.createObjectBuilder().add("placeKind", "detention-centre").add("place", "pp-meanchey")
        .add("heldSince", heldSince.toString()).add("reportedBy", "peer");
    return (memberCode == null ? b.add("clientKind", "non-member").add("clientGroup", "walk-in")
        : b.add("clientKind", "member").add("memberCode", memberCode)).build();
  }

  @Test
  void a_reported_detention_is_in_the_queue_at_once_longest_held_first() {
    Org o = Org.create(anonymous());
    Instant now = Instant.now();
    JsonObject recent = expect(201, o.admin().post(o.path("detentions"),
        detention(null, now.minus(1, ChronoUnit.HOURS)))).object();
    JsonObject longest = expect(201, o.admin().post(o.path("detentions"),
        detention(o.memberCode(), now.minus(5, ChronoUnit.HOURS).minus(10, ChronoUnit.MINUTES)))).object();
    List<JsonObject> queue = o.admin().get(o.path("detentions/queue")).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(id(longest), id(recent)), queue.stream().map(DetentionChecks::id).toList());
    assertEquals(5, queue.get(0).getInt("hoursHeld"));
    assertEquals(o.memberCode(), queue.get(0).getString("memberCode"));
    assertEquals(2, o.admin().get(o.path("detentions/held-now")).object().getInt("count"), "people held now");
    JsonObject opened = o.admin().get(o.path("cases/" + longest.getInt("caseId"))).object();
    assertEquals("detention", opened.getString("caseType"), "a detention opens its case");
    expect(400, o.admin().post(o.path("detentions"), Json.createObjectBuilder(detention(null, now))
        .add("place", "atlantis").build()));
    expect(400, o.admin().post(o.path("detentions"), detention(null, now.plus(1, ChronoUnit.DAYS))));
  }

  @Test
  void needs_are_recorded_met_or_not_including_hiv_medicine() {
    Org o = Org.create(anonymous());
    long id = id(expect(201, o.admin().post(o.path("detentions"), detention(null, Instant.now()))));
    JsonObject unmet = Json.createObjectBuilder().add("met", false).build();
    expect(200, o.admin().put(o.path("detentions/" + id + "/needs/hiv-medicine"), unmet));
    JsonObject d = expect(200, o.admin().put(o.path("detentions/" + id + "/needs/water"), unmet)).object();
    assertEquals(2, d.getInt("unmetNeeds"));
    d = expect(200, o.admin().put(o.path("detentions/" + id + "/needs/hiv-medicine"),
        Json.createObjectBuilder().add("met", true).build())).object();
    assertEquals(1, d.getInt("unmetNeeds"), d.toString());
    assertEquals(2, d.getJsonArray("needs").size(), "one row per need");
    expect(400, o.admin().put(o.path("detentions/" + id + "/needs/cigarettes"), unmet));
  }

  @Test
  void a_new_detention_says_its_needs_are_not_asked_yet_until_one_is_added() {
    Org o = Org.create(anonymous());
    JsonObject reported = expect(201, o.admin().post(o.path("detentions"), detention(null, Instant.now()))).object();
    assertEquals("not-asked", reported.getString("needsState"), "no need recorded must not read as all met");
    long id = id(reported);
    JsonObject food = Json.createObjectBuilder().add("need", "food").add("met", false).build();
    JsonObject d = expect(200, o.admin().post(o.path("detentions/" + id + "/needs"), food)).object();
    assertEquals("unmet", d.getString("needsState"));
    assertEquals(1, d.getInt("unmetNeeds"));
    JsonObject queued = o.admin().get(o.path("detentions/queue")).array().getJsonObject(0);
    assertEquals("unmet", queued.getString("needsState"), queued.toString());
    d = expect(200, o.admin().post(o.path("detentions/" + id + "/needs"),
        Json.createObjectBuilder().add("need", "food").add("met", true).build())).object();
    assertEquals("met", d.getString("needsState"));
    assertEquals(1, d.getJsonArray("needs").size(), "recording the same need again changes it, not a second row");
    expect(400, o.admin().post(o.path("detentions/" + id + "/needs"),
        Json.createObjectBuilder().add("need", "cigarettes").add("met", false).build()));
    expect(400, o.admin().post(o.path("detentions/" + id + "/needs"), Json.createObjectBuilder().add("need", "food").build()));
    expect(404, o.admin().post(o.path("detentions/999999/needs"), food));
  }

  @Test
  void a_release_is_recorded_once_and_leaves_the_queue() {
    Org o = Org.create(anonymous());
    Instant held = Instant.now().minus(30, ChronoUnit.HOURS);
    long id = id(expect(201, o.admin().post(o.path("detentions"), detention(null, held))));
    JsonObject before = Json.createObjectBuilder().add("releasedAt", held.minus(1, ChronoUnit.HOURS).toString())
        .add("releaseOutcome", "released").build();
    expect(422, o.admin().post(o.path("detentions/" + id + "/release"), before));
    JsonObject release = Json.createObjectBuilder().add("releasedAt", held.plus(26, ChronoUnit.HOURS).toString())
        .add("releaseOutcome", "released-after-payment").build();
    JsonObject released = expect(200, o.admin().post(o.path("detentions/" + id + "/release"), release)).object();
    assertEquals(26, released.getInt("hoursHeld"), "hours held stop at release");
    ApiResponse again = expect(409, o.admin().post(o.path("detentions/" + id + "/release"), release));
    assertTrue(again.object().getString("detail").contains("already"), again.toString());
    assertEquals(0, o.admin().get(o.path("detentions/queue")).array().size());
    assertEquals(1, o.admin().get(o.path("detentions")).array().size());
    assertEquals(0, o.admin().get(o.path("detentions/held-now")).object().getInt("count"), "the home screen's count follows");
  }
}
