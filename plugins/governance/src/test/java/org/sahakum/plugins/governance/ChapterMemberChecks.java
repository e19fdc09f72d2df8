package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;

/**
 * A member who logs in at their chapter votes in the votes of the whole organisation, through the
 * core's {@code MemberAtOrganisation} port, for their own record only: nobody else's ballot or
 * nomination, no other chapter's vote, no other organisation's, nothing staff do; and an operator
 * gets nothing through it.
 */
abstract class ChapterMemberChecks extends BallotChecks {

  @Test
  void a_chapter_member_votes_in_the_organisations_vote_for_themself_only() throws Exception {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    String north = o.chapter("north");
    String south = o.chapter("south");
    Voter ana = o.voter(anonymous(), north, "ana" + tag);
    Voter bo = o.voter(anonymous(), south, "bo" + tag);
    Voter chea = o.voter(anonymous(), o.slug(), "chea" + tag);
    Instant closes = Instant.now().plus(45, ChronoUnit.SECONDS);
    // ana and chea stand: ana accepts her nomination from her chapter, through the port
    JsonObject vote = o.openVote(election("election", 1, closes, null), List.of(ana, chea));
    long id = vote.getJsonNumber("id").longValue();
    assertEquals(3, vote.getInt("eligible"), "the organisation's roll holds its chapters' members: " + vote);
    long northMotion = id(expect(201, o.admin().post("/api/t/" + north + "/governance/elections",
        election("motion", 1, closes, null))));
    JsonObject motion = expect(200, o.admin().post("/api/t/" + north + "/governance/elections/" + northMotion + "/open",
        empty())).object();
    Org other = Org.create(anonymous(), GovernanceModule.ID);
    Voter foreign = other.voter(anonymous(), other.slug(), "f" + tag);
    long otherVote = other.openVote(election("election", 1, closes, null), List.of(foreign)).getJsonNumber("id")
        .longValue();

    List<JsonObject> anaBallots = expect(200, ana.client().get(ana.path("my-ballots"))).array()
        .getValuesAs(JsonObject.class);
    assertEquals(List.of(id, northMotion).stream().sorted().toList(), anaBallots.stream()
        .map(b -> b.getJsonNumber("id").longValue()).sorted().toList(), "her chapter's vote and the organisation's");
    JsonObject orgBallot = anaBallots.stream().filter(b -> b.getJsonNumber("id").longValue() == id).findFirst()
        .orElseThrow();
    assertTrue(orgBallot.toString().contains(chea.code()), "the candidates are named on the ballot: " + orgBallot);
    assertEquals(List.of(id), expect(200, bo.client().get(bo.path("my-ballots"))).array().getValuesAs(JsonObject.class)
        .stream().map(b -> b.getJsonNumber("id").longValue()).toList(), "south sees the organisation's, not north's");

    // what the port must not reach
    ApiResponse northFromSouth = bo.client().post(bo.path("my-ballots/" + northMotion), ballot(Org.choice(motion, 0)));
    assertEquals(404, northFromSouth.status(), "another chapter's vote: " + northFromSouth);
    ApiResponse otherOrg = ana.client().post(ana.path("my-ballots/" + otherVote), ballot(Org.choice(vote, 0)));
    assertEquals(404, otherOrg.status(), "another organisation's vote: " + otherOrg);
    for (String staffPath : List.of("elections", "elections/" + id, "elections/" + id + "/paper-boxes",
        "elections/" + id + "/result")) {
      ApiResponse r = ana.client().get(ana.path(staffPath));
      assertTrue(r.status() == 403 || r.status() == 404, "no staff call through the port: " + staffPath + " " + r);
      assertFalse(r.body().contains(chea.code()), r.toString());
    }
    ApiResponse box = ana.client().post(ana.path("elections/" + id + "/paper-boxes"),
        BallotChecks.box(List.of(bo.code()), 1, 0, 0, motion));
    assertTrue(box.status() == 403 || box.status() == 404, "no paper box through the port: " + box);
    ApiResponse atOrg = ana.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 0)));
    assertTrue(atOrg.status() == 403 || atOrg.status() == 404, "her login still does not reach the organisation: " + atOrg);
    ApiClient operator = anonymous().asPlatformAdmin();
    ApiResponse operatorBallots = operator.get(ana.path("my-ballots"));
    assertTrue(operatorBallots.status() != 200 || operatorBallots.array().isEmpty(), operatorBallots.toString());
    assertTrue(operator.post(ana.path("my-ballots/" + id), ballot(Org.choice(vote, 0))).status() >= 400);
    assertTrue(o.admin().post("/api/t/" + north + "/governance/my-ballots/" + id, ballot(Org.choice(vote, 0)))
        .status() >= 400, "staff who are no member cast nothing");

    // her own vote, once, audited at the organisation
    expect(201, ana.client().post(ana.path("my-ballots/" + id), ballot(Org.choice(vote, 1))));
    ApiResponse twice = ana.client().post(ana.path("my-ballots/" + id), ballot(Org.choice(vote, 0)));
    assertEquals(409, twice.status(), twice.toString());
    assertTrue(twice.body().contains("already-voted"), twice.body());
    assertEquals(List.of(northMotion), expect(200, ana.client().get(ana.path("my-ballots"))).array()
        .getValuesAs(JsonObject.class).stream().map(b -> b.getJsonNumber("id").longValue()).toList());
    assertEquals(1, audited(o.admin(), o.slug(), id), "the ballot is audited at the organisation");
    assertEquals(0, audited(o.admin(), north, id), "and not at the chapter");

    waitUntil(closes);
    List<JsonObject> results = expect(200, ana.client().get(ana.path("my-results"))).array()
        .getValuesAs(JsonObject.class);
    JsonObject result = results.stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    assertEquals(1, result.getInt("ballots"), "only her ballot was counted: " + result);
    assertEquals(3, result.getInt("eligible"));
    assertTrue(result.toString().contains(ana.code()), "she is named as a candidate: " + result);
    assertTrue(results.stream().anyMatch(r -> r.getJsonNumber("id").longValue() == northMotion), "and her chapter's");
    assertFalse(expect(200, bo.client().get(bo.path("my-results"))).body().contains("\"id\":" + northMotion),
        "south reads no result of north's vote");
    assertEquals(409, bo.client().post(bo.path("my-ballots/" + id), ballot(Org.choice(vote, 0))).status(), "closed");
  }

  @Test
  void a_chapter_member_accepts_only_their_own_nomination_in_the_organisations_election() {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    String tag = o.slug().substring(4);
    String north = o.chapter("north");
    Voter ana = o.voter(anonymous(), north, "ana" + tag);
    Voter dara = o.voter(anonymous(), north, "dara" + tag);
    long id = id(expect(201, o.admin().post(o.path("elections"),
        election("election", 1, Instant.now().plus(1, ChronoUnit.HOURS), null))));
    long forDara = id(expect(201, o.admin().post(o.path("elections/" + id + "/candidates"), jakarta.json.Json
        .createObjectBuilder().add("memberCode", dara.code()).add("statementKm", "ក").add("statementEn", "A").build())));
    assertEquals(0, expect(200, ana.client().get(ana.path("my-nominations"))).array().size(), "none is hers");
    ApiResponse notHers = ana.client().post(ana.path("my-nominations/" + forDara + "/accept"), empty());
    assertEquals(404, notHers.status(), "another member's nomination: " + notHers);
    List<JsonObject> daras = expect(200, dara.client().get(dara.path("my-nominations"))).array()
        .getValuesAs(JsonObject.class);
    assertEquals(1, daras.size(), daras.toString());
    assertTrue(expect(200, dara.client().post(dara.path("my-nominations/" + forDara + "/accept"), empty())).object()
        .getBoolean("accepted"));
  }

  /** How many {@code governance:ballot.cast} entries name the vote in {@code tenant}'s audit trail. */
  private static long audited(ApiClient admin, String tenant, long vote) {
    return expect(200, admin.get("/api/t/" + tenant + "/audit?action=governance:ballot.cast&limit=100")).array()
        .getValuesAs(JsonObject.class).stream().filter(e -> String.valueOf(vote).equals(e.getString("targetId")))
        .count();
  }
}
