package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/**
 * Secrecy as someone reading the database would test it: after 50 ballots cast at once, the roll and the tally
 * share no id, time or order from which a member could be paired with a choice; the audit trail says
 * that ballots were cast and never what was chosen; an erased voter stays only as a count.
 */
abstract class SecrecyChecks extends GovFixture {
  private static final int VOTERS = 50;
  private static final int SHARDS = 32;

  @Test
  void after_fifty_ballots_cast_at_once_the_roll_and_the_tally_cannot_be_paired() throws Exception {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      voters.add(o.voter(anonymous(), o.slug(), "v" + i + "x" + tag));
    }
    JsonObject vote = o.openVote(election("election", 2, Instant.now().plus(1, ChronoUnit.HOURS), null),
        voters.subList(0, 3));
    long id = vote.getJsonNumber("id").longValue();
    castAtOnce(o, id, vote, voters);
    try (Connection db = database()) {
      for (String table : List.of("gov_voter", "gov_tally")) {
        try (ResultSet c = db.getMetaData().getColumns("sahakum", null, table, null)) {
          while (c.next()) {
            String column = c.getString("COLUMN_NAME");
            String type = c.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
            assertFalse("YES".equals(c.getString("IS_AUTOINCREMENT")), table + "." + column + " is auto-increment");
            assertFalse(type.contains("date") || type.contains("time"), table + "." + column + " holds a time");
            assertFalse(Set.of("account_id", "session_id", "created_at", "cast_at").contains(column), table + "." + column);
            assertFalse(table.equals("gov_tally") && column.contains("member"), "a ballot names no member");
          }
        }
      }
      List<Long> members = longs(db, "SELECT member_id FROM gov_voter WHERE election_id = ? ORDER BY member_id", id);
      List<Long> physical = longs(db, "SELECT member_id FROM gov_voter WHERE election_id = ?", id);
      assertEquals(VOTERS, members.size());
      assertEquals(members, physical, "the roll's physical order is the register's, fixed at opening");
      assertEquals(List.of((long) VOTERS), longs(db, "SELECT COUNT(*) FROM gov_voter WHERE election_id = ? AND voted", id));
      assertEquals(List.of((long) SHARDS * 4), longs(db, "SELECT COUNT(*) FROM gov_tally WHERE election_id = ?", id),
          "the tally's rows were all made at opening: none per ballot");
      assertEquals(List.of((long) VOTERS), longs(db, "SELECT SUM(votes) FROM gov_tally WHERE election_id = ? "
          + "AND choice_id = 0", id), "ballots counted = ballots acknowledged");
      List<Long> perShard = longs(db, "SELECT votes FROM gov_tally WHERE election_id = ? AND choice_id = 0", id);
      assertTrue(perShard.stream().filter(v -> v > 0).count() > 1, "ballots spread over shards: " + perShard);
      for (String other : List.of("gov_paper_box", "gov_paper_count")) {
        assertEquals(List.of(0L), longs(db, "SELECT COUNT(*) FROM " + other + " WHERE tenant_id = (SELECT tenant_id "
            + "FROM gov_election WHERE id = ?)", id), "no other table took a row per ballot");
      }
    }
    List<String> audit = new ArrayList<>();
    for (JsonValue e : o.admin().get("/api/t/" + o.slug() + "/audit?limit=200").array()) {
      JsonObject entry = e.asJsonObject();
      if (entry.getString("action", "").equals("governance:ballot.cast")) {
        audit.add(entry.toString());
        assertEquals(String.valueOf(id), entry.getString("targetId"), "the entry names the vote, never a choice");
      }
    }
    assertEquals(VOTERS, audit.size(), "one entry per ballot, without its choice");
  }

  @Test
  void an_erased_voter_stays_only_as_a_count() {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    Voter one = o.voter(anonymous(), o.slug(), "e1" + tag);
    Voter two = o.voter(anonymous(), o.slug(), "e2" + tag);
    JsonObject vote = o.openVote(election("motion", 1, Instant.now().plus(1, ChronoUnit.HOURS), null), List.of());
    long id = vote.getJsonNumber("id").longValue();
    expect(201, one.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 0))));
    expect(204, o.admin().post("/api/t/" + o.slug() + "/members/" + one.id() + "/erasure", empty()));
    assertEquals(2, o.admin().get(o.path("elections/" + id)).object().getInt("eligible"), "the roll keeps its size");
    expect(201, two.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 1))));
  }

  /**
   * Every voter casts at once: more ballots in flight than the pool has connections (32), all on
   * the same few tally rows. A ballot that held its row locks while waiting for a second connection
   * would stall the others for the database's lock wait (50 s): each must be answered 201 within
   * the client's 30 s.
   */
  private static void castAtOnce(Org o, long id, JsonObject vote, List<Voter> voters) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiResponse>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < voters.size(); i++) {
        Voter v = voters.get(i);
        JsonObject body = ballot(Org.choice(vote, i % 3));
        answers.add(pool.submit(() -> {
          start.await();
          return v.client().post(o.path("my-ballots/" + id), body);
        }));
      }
      start.countDown();
      for (Future<ApiResponse> a : answers) {
        expect(201, a.get());
      }
    }
  }

  private static List<Long> longs(Connection db, String sql, long id) throws Exception {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        List<Long> out = new ArrayList<>();
        while (r.next()) {
          out.add(r.getLong(1));
        }
        return out;
      }
    }
  }
}
