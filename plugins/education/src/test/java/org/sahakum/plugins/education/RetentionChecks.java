package org.sahakum.plugins.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention through the API: records idle past the organisation's period are anonymised, counts stay; 18-year-olds flagged. */
abstract class RetentionChecks extends SchoolChecks {

  /** Moves a child's last activity back, as if the clock had moved on by that many days. */
  static void idleFor(long child, int days) throws Exception {
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(
        "UPDATE edu_child SET last_activity_on = ? WHERE id = ?")) {
      q.setObject(1, TODAY.minusDays(days));
      q.setLong(2, child);
      assertEquals(1, q.executeUpdate());
    }
  }

  @Test
  void a_record_idle_past_the_period_is_anonymised_and_its_counts_stay() throws Exception {
    Org o = Org.create(anonymous());
    long idle = o.child(CHILD_NAME, o.centreId());
    long active = o.child("Chenda", o.centreId());
    expect(201, o.admin().post(o.path("children/" + idle + "/support"), Json.createObjectBuilder()
        .add("kind", "MATERIALS").add("amountRiel", 20_000).add("givenOn", TODAY.toString()).build()));
    expect(200, o.admin().put(o.path("children/" + idle + "/school"), Json.createObjectBuilder()
        .add("status", "PREPARING").add("statusSince", TODAY.toString()).build()));
    assertEquals(24, expect(200, o.admin().get(o.path("retention"))).object().getInt("months"));
    idleFor(idle, 2 * 365 + 10);
    idleFor(active, 200);

    assertEquals(1, expect(200, o.admin().post(o.path("retention/run"), Json.createObjectBuilder().build())).object()
        .getInt("anonymised"));
    expect(404, o.admin().get(o.path("children/" + idle)));
    assertEquals(List.of(active), ids(o));
    try (Connection db = database(); PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM edu_school_support s "
        + "JOIN tenant t ON t.id = s.tenant_id WHERE s.child_id IS NULL AND s.amount_riel = 20000 AND t.slug = ?")) {
      q.setString(1, o.slug());
      try (var rs = q.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getLong(1), "support stays as a count");
      }
    }

    expect(400, o.admin().put(o.path("retention"), Json.createObjectBuilder().add("months", 2).build()));
    expect(200, o.admin().put(o.path("retention"), Json.createObjectBuilder().add("months", 6).build()));
    assertEquals(1, o.admin().post(o.path("retention/run"), Json.createObjectBuilder().build()).object()
        .getInt("anonymised"), "200 days idle is past a 6-month period");
    assertEquals(List.of(), ids(o));
  }

  @Test
  void a_child_who_turns_eighteen_is_flagged_for_review() {
    Org o = Org.create(anonymous());
    long young = o.child("Mealea", o.centreId());
    long grown = id(expect(201, o.admin().post(o.path("children"), childBody(o.guardianCode(), null, "Sokha",
        o.centreId()).add("birthYear", TODAY.getYear() - 18).build())));
    JsonObject flagged = expect(200, o.admin().get(o.path("children/" + grown))).object();
    assertEquals(true, flagged.getBoolean("reviewAt18"));
    assertEquals(false, expect(200, o.admin().get(o.path("children/" + young))).object().getBoolean("reviewAt18"));
    assertEquals(List.of(grown), expect(200, o.admin().get(o.path("children?review=true"))).array()
        .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList());
  }

  private static List<Long> ids(Org o) {
    return expect(200, o.admin().get(o.path("children"))).array().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue()).toList();
  }
}
