package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiResponse;

/**
 * Ballots: counted once, online and across paper; no call answers a running tally before closing;
 * paper counts need two different officials; the result after closing, to the scope and staff.
 */
abstract class BallotChecks extends SecrecyChecks {

  @Test
  void a_member_votes_once_and_nobody_sees_a_count_before_closing() throws Exception {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    Voter ana = o.voter(anonymous(), o.slug(), "ana" + tag);
    Voter bo = o.voter(anonymous(), o.slug(), "bo" + tag);
    var organiser = o.account(anonymous(), "org" + tag, "organiser");
    Instant closes = Instant.now().plus(40, ChronoUnit.SECONDS);
    JsonObject vote = o.openVote(election("election", 1, closes, null), List.of(ana, bo));
    long id = vote.getJsonNumber("id").longValue();
    long forAna = Org.choice(vote, 0);
    assertEquals(201, ana.client().post(o.path("my-ballots/" + id), ballot(forAna)).status());
    ApiResponse again = ana.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 1)));
    assertEquals(409, again.status(), again.toString());
    assertTrue(again.body().contains("already-voted"), again.body());
    assertEquals(400, bo.client().post(o.path("my-ballots/" + id), ballot(forAna, Org.choice(vote, 1))).status(),
        "more choices than seats");
    ApiResponse unknown = bo.client().post(o.path("my-ballots/" + id), ballot(forAna + 1_000_000));
    assertEquals(400, unknown.status(), unknown.toString());
    assertTrue(unknown.body().contains("unknown-choice"), unknown.body());
    assertEquals(1, bo.client().get(o.path("my-ballots")).array().size(), "a refused ballot leaves the member unmarked");

    for (var who : List.of(o.admin(), organiser, ana.client(), bo.client())) {
      assertEquals(409, who.get(o.path("elections/" + id + "/result")).status(), "no result before closing");
      for (String read : List.of("elections", "elections/" + id, "elections/" + id + "/paper-boxes", "my-ballots",
          "my-results", "my-nominations")) {
        ApiResponse r = who.get(o.path(read));
        assertFalse(r.body().contains("\"votes\"") || r.body().contains("\"ballots\"") || r.body().contains("\"voted\""),
            read + " answers no count before closing: " + r.body());
      }
    }
    waitUntil(closes);
    assertEquals(409, bo.client().post(o.path("my-ballots/" + id), ballot(forAna)).status(), "closed");
    JsonObject result = expect(200, ana.client().get(o.path("elections/" + id + "/result"))).object();
    assertEquals(1, result.getInt("ballots"));
    assertEquals(1, result.getInt("voted"));
    assertEquals(2, result.getInt("eligible"));
    assertEquals(50, result.getInt("turnoutPercent"));
    JsonObject first = result.getJsonArray("choices").getJsonObject(0);
    assertEquals(1, first.getInt("votes"));
    assertTrue(first.getBoolean("elected"));
    assertEquals(200, organiser.get(o.path("elections/" + id + "/result")).status(), "staff read it");
    assertEquals(1, bo.client().get(o.path("my-results")).array().size(), "a member of the scope reads it");
  }

  @Test
  void paper_counts_need_two_officials_and_nobody_votes_twice_across_paper_and_phone() throws Exception {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    var second = o.account(anonymous(), "second" + tag, "organiser");
    Voter online = o.voter(anonymous(), o.slug(), "on" + tag);
    Voter onPaper = o.voter(anonymous(), o.slug(), "pa" + tag);
    String paper2 = o.member("Paper two").getString("memberCode");
    Instant closes = Instant.now().plus(40, ChronoUnit.SECONDS);
    JsonObject vote = o.openVote(election("motion", 1, closes, null), List.of());
    long id = vote.getJsonNumber("id").longValue();
    long yes = Org.choice(vote, 0);
    long no = Org.choice(vote, 1);
    long abstain = Org.choice(vote, 2);
    expect(201, online.client().post(o.path("my-ballots/" + id), ballot(yes)));

    ApiResponse twice = o.admin().post(o.path("elections/" + id + "/paper-boxes"), box(List.of(online.code()), 1, 0, 0, vote));
    assertEquals(409, twice.status(), "an online voter is not in a paper box: " + twice);
    long box = id(expect(201, o.admin().post(o.path("elections/" + id + "/paper-boxes"),
        box(List.of(onPaper.code(), paper2), 1, 1, 0, vote))));
    ApiResponse phone = onPaper.client().post(o.path("my-ballots/" + id), ballot(no));
    assertEquals(409, phone.status(), "marked voted on paper: " + phone);
    assertEquals(0, onPaper.client().get(o.path("my-ballots")).array().size());

    String confirm = "elections/" + id + "/paper-boxes/" + box + "/confirm";
    ApiResponse self = o.admin().post(o.path(confirm), counts(1, 1, 0, vote));
    assertEquals(409, self.status(), "the official who entered it cannot confirm it: " + self);
    assertTrue(self.body().contains("same-official"), self.body());
    ApiResponse differ = second.post(o.path(confirm), counts(2, 0, 0, vote));
    assertEquals(409, differ.status(), differ.toString());
    assertTrue(differ.body().contains("counts-differ"), differ.body());
    assertEquals(204, second.post(o.path(confirm), counts(1, 1, 0, vote)).status());
    assertEquals(409, second.post(o.path(confirm), counts(1, 1, 0, vote)).status(), "confirmed once");
    assertTrue(o.admin().get(o.path("elections/" + id + "/paper-boxes")).array().getJsonObject(0).getBoolean("confirmed"));

    waitUntil(closes);
    JsonObject result = expect(200, o.admin().get(o.path("elections/" + id + "/result"))).object();
    assertEquals(3, result.getInt("ballots"), "one online, two on paper: " + result);
    assertEquals(3, result.getInt("voted"));
    assertEquals(2, result.getJsonArray("choices").getJsonObject(0).getInt("votes"), "yes");
    assertEquals(1, result.getJsonArray("choices").getJsonObject(1).getInt("votes"), "no");
    assertEquals(0, result.getJsonArray("choices").getJsonObject(2).getInt("votes"), "abstain " + abstain);
    assertTrue(result.getBoolean("passed"));
  }

  static JsonObject box(List<String> codes, int yes, int no, int abstain, JsonObject vote) {
    var list = Json.createArrayBuilder();
    codes.forEach(list::add);
    return Json.createObjectBuilder().add("memberCodes", list).add("counts", lines(yes, no, abstain, vote)).build();
  }

  static JsonObject counts(int yes, int no, int abstain, JsonObject vote) {
    return Json.createObjectBuilder().add("counts", lines(yes, no, abstain, vote)).build();
  }

  private static jakarta.json.JsonArrayBuilder lines(int yes, int no, int abstain, JsonObject vote) {
    var a = Json.createArrayBuilder();
    int[] v = {yes, no, abstain};
    for (int i = 0; i < 3; i++) {
      a.add(Json.createObjectBuilder().add("choiceId", Org.choice(vote, i)).add("votes", v[i]));
    }
    return a;
  }
}
