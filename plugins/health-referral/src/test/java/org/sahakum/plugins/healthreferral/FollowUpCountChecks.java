package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/**
 * The follow-up queue's total ({@code X-Total-Count}) and the home screen's overdue count come
 * from counts kept by date (followup.FollowUpCounts): they must equal the rows the queue lists
 * after every change that adds to the queue or takes from it, at one organisation only, and
 * referrals made at once must all go through (no two wait for each other in a circle).
 */
abstract class FollowUpCountChecks extends SharedDirectoryChecks {

  @Test
  void the_queue_total_equals_its_rows_after_every_change_and_counts_one_organisation_only() throws Exception {
    Org o = Org.create(anonymous());
    Org other = Org.create(anonymous());
    other.referred("general");
    List<Long> made = new ArrayList<>();
    for (String urgency : List.of("urgent", "urgent", "soon", "soon", "routine", "routine", "routine")) {
      made.add(refer(o, proposed(o, urgency)));
    }
    long proposed = proposed(o, "soon");
    assertCounted(o, 7);

    expect(200, o.admin().post(o.path("referrals/" + made.get(0) + "/attended"), empty()));
    assertCounted(o, 7); // attended: the follow-up is still owed
    expect(200, o.admin().post(o.path("referrals/" + made.get(0) + "/follow-up"),
        Json.createObjectBuilder().add("outcome", "service-received").build()));
    assertCounted(o, 6);
    expect(200, o.admin().post(o.path("referrals/" + made.get(2) + "/not-attended"),
        Json.createObjectBuilder().add("reason", "transport").build()));
    assertCounted(o, 6);
    expect(200, o.admin().post(o.path("referrals/" + made.get(2) + "/follow-up"),
        Json.createObjectBuilder().add("outcome", "refused-service").build()));
    assertCounted(o, 5);
    expect(200, o.admin().post(o.path("referrals/" + made.get(4) + "/cancel"), empty()));
    assertCounted(o, 4);
    expect(200, o.admin().put(o.path("referrals/" + made.get(5) + "/consent"),
        Json.createObjectBuilder().add("given", false).build()));
    assertCounted(o, 3); // consent withdrawn before the visit cancels the referral
    expect(200, o.admin().put(o.path("referrals/" + proposed + "/consent"),
        Json.createObjectBuilder().add("given", false).build()));
    expect(409, o.admin().post(o.path("referrals/" + made.get(0) + "/follow-up"),
        Json.createObjectBuilder().add("outcome", "service-received").build()));
    assertCounted(o, 3); // a refused move changes nothing
    expect(204, o.admin().call("POST", "/api/t/" + o.slug() + "/members/" + o.memberId() + "/erasure", null));
    assertCounted(o, 3); // an erased member's referrals stay owed, anonymised
    assertCounted(other, 1);
  }

  @Test
  void referrals_made_at_once_all_go_through_and_are_all_counted() throws Exception {
    Org o = Org.create(anonymous());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(proposed(o, i % 2 == 0 ? "urgent" : "soon"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ApiResponse>> answers = new ArrayList<>();
      for (long id : ids) {
        answers.add(pool.submit(() -> o.admin().post(o.path("referrals/" + id + "/refer"), empty())));
      }
      for (Future<ApiResponse> a : answers) {
        expect(200, a.get());
      }
      answers.clear();
      for (long id : ids.subList(0, 20)) {
        answers.add(pool.submit(() -> o.admin().post(o.path("referrals/" + id + "/cancel"), empty())));
      }
      for (Future<ApiResponse> a : answers) {
        expect(200, a.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertCounted(o, 20);
  }

  private static long proposed(Org o, String urgency) {
    return id(expect(201, o.admin().post(o.path("referrals"), Json.createObjectBuilder().add("personKind", "member")
        .add("memberCode", o.memberCode()).add("facilityId", o.facilityId()).add("serviceCategory", "general")
        .add("urgency", urgency).add("consentGiven", true).build())));
  }

  private static long refer(Org o, long id) {
    expect(200, o.admin().post(o.path("referrals/" + id + "/refer"), empty()));
    return id;
  }

  /**
   * The queue's total, for every horizon, equals the rows it lists and the referrals owed in the
   * table; the kept counts equal the table's by date; nothing made today is overdue.
   */
  private static void assertCounted(Org o, int owed) throws SQLException {
    for (int days : new int[] {0, 2, 5, 10, 60}) {
      ApiResponse page = expect(200, o.admin().get(o.path("follow-ups?limit=200&days=" + days)));
      String total = page.headers().firstValue("X-Total-Count").orElse(null);
      assertEquals(String.valueOf(page.array().size()), total, "days=" + days + ": " + page);
      if (days == 60) {
        assertEquals(owed, page.array().size(), page.toString());
        page.array().getValuesAs(jakarta.json.JsonObject.class).forEach(row -> assertEquals("Lotus",
            row.getString("facilityNameEn"), "each row names its facility: " + row));
      }
    }
    assertEquals(0, expect(200, o.admin().get(o.path("follow-ups/overdue"))).object().getInt("count"));
    assertEquals(owedInTable(o, "SELECT follow_up_due, COUNT(*) FROM health_referral WHERE tenant_id = ? "
        + "AND follow_up_due IS NOT NULL GROUP BY follow_up_due"),
        owedInTable(o, "SELECT due, SUM(owed) FROM health_follow_up_count WHERE tenant_id = ? GROUP BY due "
            + "HAVING SUM(owed) <> 0"), "the kept counts, by date, against the referrals");
  }

  private static Map<String, Long> owedInTable(Org o, String byDate) throws SQLException {
    Map<String, Long> owed = new TreeMap<>();
    try (Connection db = database(); PreparedStatement q = db.prepareStatement(byDate)) {
      q.setLong(1, tenantId(db, o));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          owed.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return owed;
  }

  private static long tenantId(Connection db, Org o) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
      q.setString(1, o.slug());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
