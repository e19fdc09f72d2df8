package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.ModuleEndpoints;
import org.sahakum.testkit.SahakumDeployment;

/**
 * The core with the governance jar Maven just built and the dues module's jar beside it, in one
 * deployment: the isolation contract (inherited), every endpoint walked with a foreign admin and
 * without a login, the permission matrix, eligibility with and without dues, and (in the checks
 * this class extends) ballots, secrecy and paper boxes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceIT extends ChapterMemberChecks {
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

  @Deployment(testable = false)
  public static WebArchive deployment() {
    WebArchive war = SahakumDeployment.withModuleUnderTest();
    SahakumDeployment.install(Path.of(System.getProperty("sahakum.test.dues.jar")),
        Path.of(System.getProperty("sahakum.test.plugins.dir")));
    return war;
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Org a = Org.create(anonymous(), GovernanceModule.ID);
    Org b = Org.create(anonymous(), GovernanceModule.ID);
    Voter candidate = a.voter(anonymous(), a.slug(), "cand" + a.slug().substring(4));
    JsonObject vote = a.openVote(election("election", 1, Instant.now().plus(1, ChronoUnit.HOURS), null),
        List.of(candidate));
    long id = vote.getJsonNumber("id").longValue();
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(GovernanceResource.class);
    assertTrue(endpoints.size() >= 14, "the walk found the module's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", String.valueOf(id)).replace("{boxId}", "1");
      JsonObject body = e.takesBody() ? empty() : null;
      ApiResponse foreign = b.admin().call(e.method(), a.path(rest), body);
      if (foreign.status() != 404) {
        leaks.add("B on A's URL " + e.key() + " -> " + foreign);
      }
      ApiResponse own = b.admin().call(e.method(), b.path(rest), body);
      if (own.status() >= 500 || own.body().contains(candidate.code())) {
        leaks.add("B with A's ids " + e.key() + " -> " + own);
      }
      ApiResponse nobody = anonymous().call(e.method(), a.path(rest), body);
      if (nobody.status() != 401) {
        leaks.add("anonymous " + e.key() + " -> " + nobody);
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals("open", a.admin().get(a.path("elections/" + id)).object().getString("state"));
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    // may: list votes, prepare one
    for (String role : List.of("organiser", "paralegal", "treasurer", "member")) {
      ApiClient c = o.account(anonymous(), role, role);
      boolean staff = role.equals("organiser");
      assertEquals(staff ? 200 : 403, c.get(o.path("elections")).status(), role);
      assertEquals(staff ? 201 : 403, c.post(o.path("elections"), newRow()).status(), role);
      assertEquals(200, c.get(o.path("my-ballots")).status(), role + " may always ask for their own ballots");
      assertEquals(0, c.get(o.path("my-ballots")).array().size(), role + " is no member");
    }
  }

  @Test
  void without_dues_every_active_member_is_on_the_roll_and_the_vote_says_so() {
    Org o = Org.create(anonymous(), GovernanceModule.ID);
    Voter cand = o.voter(anonymous(), o.slug(), "c" + o.slug().substring(4));
    o.member("Active one");
    long suspended = o.member("Suspended one").getJsonNumber("id").longValue();
    expect(200, o.admin().put("/api/t/" + o.slug() + "/members/" + suspended + "/status",
        Json.createObjectBuilder().add("status", "suspended").build()));
    JsonObject vote = o.openVote(election("election", 1, Instant.now().plus(1, ChronoUnit.HOURS), null), List.of(cand));
    assertEquals(2, vote.getInt("eligible"), "the candidate and the active member; not the suspended one");
    assertFalse(vote.getBoolean("standingChecked"), "no dues module answered: everyone active may vote");
    assertEquals(0, vote.getInt("notInStanding"));
  }

  @Test
  void with_dues_only_members_in_good_standing_on_the_opening_day_are_on_the_roll() {
    Org o = Org.create(anonymous(), GovernanceModule.ID, "union-dues");
    LocalDate start = TODAY.withDayOfMonth(1).minusMonths(11);
    long plan = id(expect(201, o.admin().post("/api/t/" + o.slug() + "/union-dues/plans", Json.createObjectBuilder()
        .add("nameKm", "វិភាគទាន").add("nameEn", "Dues").add("currency", "USD").add("amountMinor", 100)
        .add("period", "MONTHLY").add("startsOn", start.toString()).add("gracePeriods", 0).build())));
    Voter paid = o.voter(anonymous(), o.slug(), "p" + o.slug().substring(4));
    Voter owing = o.voter(anonymous(), o.slug(), "o" + o.slug().substring(4));
    o.member("Not enrolled");
    for (Voter v : List.of(paid, owing)) {
      expect(201, o.admin().post("/api/t/" + o.slug() + "/union-dues/enrolments", Json.createObjectBuilder()
          .add("memberCode", v.code()).add("planId", plan).add("startsOn", start.toString()).build()));
    }
    expect(201, o.admin().post("/api/t/" + o.slug() + "/union-dues/payments", Json.createObjectBuilder()
        .add("memberCode", paid.code()).add("amountMinor", 2_400).add("currency", "USD")
        .add("paidOn", TODAY.toString()).add("method", "CASH").build()));
    JsonObject vote = o.openVote(election("motion", 1, Instant.now().plus(1, ChronoUnit.HOURS), null), List.of());
    assertTrue(vote.getBoolean("standingChecked"));
    assertEquals(1, vote.getInt("eligible"), vote.toString());
    assertEquals(2, vote.getInt("notInStanding"), "owing and not enrolled: " + vote);
    long id = vote.getJsonNumber("id").longValue();
    assertEquals(1, paid.client().get(o.path("my-ballots")).array().size());
    assertEquals(0, owing.client().get(o.path("my-ballots")).array().size());
    ApiResponse refused = owing.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 0)));
    assertEquals(403, refused.status(), refused.toString());
    expect(201, paid.client().post(o.path("my-ballots/" + id), ballot(Org.choice(vote, 0))));
  }
}
