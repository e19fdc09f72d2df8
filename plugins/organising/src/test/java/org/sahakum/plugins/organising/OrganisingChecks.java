package org.sahakum.plugins.organising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ErasureTrail;

/** The stock never below zero, consent and sealing of a member's workplace, events and campaigns, and erasure. */
abstract class OrganisingChecks extends OrganisingFixture {

  static JsonObject event(Long campaignId) {
    var b = Json.createObjectBuilder().add("eventKind", "forum").add("heldOn", "2026-11-15").add("place", "kampot")
        .add("partners", "Partner network").add("othersCount", 12).add("leaflets", 0);
    if (campaignId != null) {
      b.add("campaignId", campaignId);
    }
    return b.build();
  }

  static JsonObject campaign() {
    return Json.createObjectBuilder().add("nameKm", "សេវាសុខភាពសម្រាប់អ្នកក្រីក្រ").add("nameEn", "Healthcare for the poor")
        .add("startsOn", "2026-01-01").build();
  }

  static JsonObject whose(Org o) {
    return Json.createObjectBuilder().add("memberCode", o.memberCode()).build();
  }

  static JsonObject link(Org o, boolean consent) {
    return Json.createObjectBuilder().add("memberCode", o.memberCode()).add("workplaceId", o.workplaceId())
        .add("consentGiven", consent).build();
  }

  @Test
  void a_visit_takes_its_materials_from_the_stock_which_never_goes_below_zero() throws SQLException {
    Org o = Org.create(anonymous());
    ApiResponse none = expect(409, o.admin().post(o.path("visits"), visit(o.workplaceId(), 1)));
    assertEquals("stock-short", none.object().getString("code"), none.toString());
    expect(201, o.admin().post(o.path("stock/receipts"), receipt("male-condoms", 30)));
    JsonObject v = expect(201, o.admin().post(o.path("visits"), visit(o.workplaceId(), 24))).object();
    assertEquals(List.of(5, 1, 24, "pp-sen-sok"), List.of(v.getInt("peopleReached"), v.getInt("invitedToJoin"),
        v.getInt("maleCondoms"), v.getString("place")), "the workplace names the place");
    assertEquals(6, o.left("male-condoms"));
    ApiResponse shortOf = expect(409, o.admin().post(o.path("visits"), visit(o.workplaceId(), 7)));
    assertEquals("maleCondoms", shortOf.object().getString("field"), shortOf.toString());
    assertTrue(shortOf.object().getString("detail").contains("Only 6"), shortOf.toString());
    assertEquals(6, o.left("male-condoms"), "the refused visit took nothing");
    ApiResponse lastKinds = expect(200, o.admin().get(o.path("stock?offset=4&limit=50")));
    assertEquals(List.of("booklets", "posters"), lastKinds.array().getValuesAs(JsonObject.class).stream()
        .map(k -> k.getString("materialKind")).toList(), "the stock pages like every list");
    assertEquals("6", lastKinds.headers().firstValue("X-Total-Count").orElse(""), "and says how many kinds it has");
    assertEquals(1, o.admin().get(o.path("visits")).array().size(), "and was not logged");
    assertEquals(422, o.admin().post(o.path("visits"), Json.createObjectBuilder().add("visitedOn", "2026-11-20")
        .add("othersNew", 1).build()).status(), "a visit says where");
    assertEquals(422, o.admin().post(o.path("visits"), Json.createObjectBuilder().add("visitedOn", "2026-11-20")
        .add("place", "kampot").build()).status(), "a visit reaches someone");
    assertEquals(422, o.admin().post(o.path("visits"), Json.createObjectBuilder().add("visitedOn", "2026-11-20")
        .add("place", "kampot").add("membersNew", 2).add("invitedToJoin", 1).build()).status(),
        "only people who are not members yet are invited");
    assertEquals(400, o.admin().post(o.path("visits"), Json.createObjectBuilder().add("visitedOn", "2026-11-20")
        .add("place", "kampot").add("othersNew", -1).build()).status());
    try (Connection db = database();
        PreparedStatement u = db.prepareStatement("UPDATE org_stock SET given_out = received + 1 WHERE kind = 'male-condoms'")) {
      SQLException refused = assertThrows(SQLException.class, u::executeUpdate, "the CHECK refuses a negative stock");
      assertTrue(refused.getMessage().contains("ck_org_stock_left"), refused.getMessage());
    }
  }

  @Test
  void a_member_is_linked_to_a_workplace_only_with_consent_sealed_at_rest_and_read_on_the_record() throws SQLException {
    Org o = Org.create(anonymous());
    ApiResponse refused = expect(422, o.admin().post(o.path("workplace-links"), link(o, false)));
    assertEquals("consent-needed", refused.object().getString("code"));
    long linkId = id(expect(201, o.admin().post(o.path("workplace-links"), link(o, true))));
    try (Connection db = database();
        PreparedStatement q = db.prepareStatement("SELECT sealed_workplace FROM org_workplace_link WHERE id = ?")) {
      q.setLong(1, linkId);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        byte[] stored = rs.getBytes(1);
        assertTrue(stored.length > 16, "a sealed value, not the id");
        assertFalse(java.util.Arrays.equals(String.valueOf(o.workplaceId()).getBytes(StandardCharsets.US_ASCII), stored));
      }
    }
    List<JsonObject> links = expect(200, o.admin().post(o.path("workplace-links/search"), whose(o)))
        .array().getValuesAs(JsonObject.class);
    assertEquals(List.of("Lotus massage"), links.stream().map(l -> l.getString("label")).toList());
    List<String> audit = o.admin().get("/api/t/" + o.slug() + "/audit?limit=20").array().stream()
        .map(v -> v.asJsonObject().getString("action")).toList();
    assertTrue(audit.contains("organising:workplace-link.read"), "the read is on record: " + audit);
    assertEquals(400, o.admin().post(o.path("workplace-links/search"), empty()).status(), "links are read one member at a time");
    assertTrue(o.admin().get(o.path("workplace-links?memberCode=" + o.memberCode())).status() >= 400, "never by a code in a URL");
    expect(204, o.admin().call("DELETE", o.path("workplace-links/" + linkId), null));
    assertEquals(0, o.admin().post(o.path("workplace-links/search"), whose(o)).array().size());
  }

  @Test
  void events_count_attendance_and_materials_and_a_campaign_adds_them_up() {
    Org o = Org.create(anonymous());
    expect(201, o.admin().post(o.path("stock/receipts"), receipt("leaflets", 100)));
    long campaign = id(expect(201, o.admin().post(o.path("campaigns"), campaign())));
    JsonObject body = Json.createObjectBuilder(event(campaign)).add("leaflets", 40).build();
    long event = id(expect(201, o.admin().post(o.path("events"), body)));
    expect(201, o.admin().post(o.path("events/" + event + "/attendance"),
        Json.createObjectBuilder().add("memberCode", o.memberCode()).build()));
    ApiResponse twice = expect(409, o.admin().post(o.path("events/" + event + "/attendance"),
        Json.createObjectBuilder().add("memberCode", o.memberCode()).build()));
    assertEquals("already-attending", twice.object().getString("code"));
    JsonObject c = expect(200, o.admin().get(o.path("campaigns/" + campaign))).object();
    assertEquals(List.of(1, 13, 40), List.of(c.getInt("events"), c.getInt("attendance"), c.getInt("materialsGiven")));
    assertEquals(60, o.left("leaflets"));
    assertEquals(422, o.admin().post(o.path("events"), event(campaign + 1000)).status(), "an unknown campaign");
  }

  @Test
  void erasing_a_member_deletes_her_workplace_links_and_makes_her_attendance_a_count() {
    Org o = Org.create(anonymous());
    long event = id(expect(201, o.admin().post(o.path("events"), event(null))));
    expect(201, o.admin().post(o.path("events/" + event + "/attendance"),
        Json.createObjectBuilder().add("memberCode", o.memberCode()).build()));
    expect(201, o.admin().post(o.path("workplace-links"), link(o, true)));
    long head = ErasureTrail.head(o.admin(), o.slug());
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    JsonObject e = expect(200, o.admin().get(o.path("events/" + event))).object();
    assertEquals(List.of(0, 13), List.of(e.getInt("membersCount"), e.getInt("othersCount")), "she is one of the others now");
    ErasureTrail.assertNoEntryNames(o.admin(), o.slug(), head, o.memberId(), o.memberCode());
    assertEquals(0, o.admin().get(o.path("events/" + event + "/attendance")).array().size());
    try (Connection db = database();
        PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM org_workplace_link WHERE member_id = ?")) {
      q.setLong(1, o.memberId());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1), "no link of hers is left");
      }
    } catch (SQLException ex) {
      throw new AssertionError(ex);
    }
  }
}
