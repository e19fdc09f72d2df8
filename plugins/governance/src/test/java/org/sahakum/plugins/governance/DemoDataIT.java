package org.sahakum.plugins.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.SahakumDeployment;

/**
 * {@code SAHAKUM_DEMO=1} at a small scale ({@code sahakum.test.demo.members}) with the governance
 * jar alone: WNU has its past Coordinating Committee election, closed, with a result that adds up
 * (GovernanceDemo); a second start on the same database adds nothing. Run by the failsafe execution
 * {@code demo-it}, which sets the demo settings (ordered: the two starts of one server).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataIT {
  private static final String DEMO = "demo";
  private static final String GOV = "/api/t/wnu/governance/";
  private static final String TITLE = "Coordinating Committee election (demo)";
  /** The demo election's result after the first start; the second must answer the same. */
  private static JsonObject first;

  @ArquillianResource Deployer deployer;

  @Deployment(name = DEMO, managed = false, testable = false)
  public static WebArchive deployment() {
    Path folder = SahakumDeployment.emptyPluginsFolder();
    SahakumDeployment.install(Path.of(System.getProperty("sahakum.test.plugin.jar")), folder);
    return SahakumDeployment.war();
  }

  @BeforeEach
  void onlyWithTheDemoSettings() {
    Assumptions.assumeTrue("1".equals(System.getProperty("sahakum.test.demo")), "run by the demo-it execution");
  }

  @Test
  @Order(1)
  void the_server_starts_with_the_demo() {
    deployer.deploy(DEMO);
  }

  @Test
  @Order(2)
  void wnu_has_a_past_election_whose_result_adds_up(@ArquillianResource @OperateOnDeployment(DEMO) URL base) {
    ApiClient admin = admin(base);
    JsonObject vote = demoVote(admin);
    assertEquals("closed", vote.getString("state"), vote.toString());
    assertEquals("election", vote.getString("kind"));
    assertEquals(5, vote.getInt("seats"));
    assertFalse(vote.getBoolean("standingChecked"), "no dues module here: every active member was on the roll");
    JsonObject result = result(admin, vote);
    int members = Integer.parseInt(System.getProperty("sahakum.test.demo.members"));
    int eligible = result.getInt("eligible");
    long voted = result.getJsonNumber("voted").longValue();
    assertTrue(eligible > members / 2 && eligible <= members, "the roll is the active demo members: " + result);
    assertEquals(voted, result.getJsonNumber("ballots").longValue(), "one ballot per member who voted, all online");
    assertTrue(voted > eligible / 4 && voted < eligible, "about 6 in 10 voted: " + result);
    assertEquals(100 * voted / eligible, result.getInt("turnoutPercent"));
    List<JsonObject> choices = result.getJsonArray("choices").getValuesAs(JsonObject.class);
    assertEquals(7, choices.size(), "seven candidates stood");
    long votes = choices.stream().mapToLong(c -> c.getJsonNumber("votes").longValue()).sum();
    assertTrue(votes <= 5 * voted, "no ballot chose more than five: " + votes + " votes, " + voted + " ballots");
    long elected = choices.stream().filter(c -> c.getBoolean("elected")).count();
    assertTrue(result.getBoolean("tieForLastSeat") ? elected < 5 : elected == 5, "five elected, or a tie: " + result);
    assertTrue(choices.stream().allMatch(c -> c.containsKey("memberCode") && !c.isNull("memberCode")),
        "each candidate is a demo member: " + choices);
    assertEquals(0, result.getInt("paperPending"));
    first = result;
    deployer.undeploy(DEMO);
    deployer.deploy(DEMO);
  }

  @Test
  @Order(3)
  void a_second_start_adds_nothing(@ArquillianResource @OperateOnDeployment(DEMO) URL base) {
    Assumptions.assumeTrue(first != null, "the first start was checked");
    ApiClient admin = admin(base);
    assertEquals(first, result(admin, demoVote(admin)));
    deployer.undeploy(DEMO);
  }

  /** The one demo election among WNU's votes. */
  private static JsonObject demoVote(ApiClient admin) {
    ApiResponse list = admin.get(GOV + "elections?limit=50");
    assertEquals(200, list.status(), list.toString());
    List<JsonObject> demo = list.array().getValuesAs(JsonObject.class).stream()
        .filter(v -> TITLE.equals(v.getString("titleEn"))).toList();
    assertEquals(1, demo.size(), "one demo election: " + list);
    return demo.get(0);
  }

  private static JsonObject result(ApiClient admin, JsonObject vote) {
    ApiResponse r = admin.get(GOV + "elections/" + vote.getJsonNumber("id") + "/result");
    assertEquals(200, r.status(), r.toString());
    return r.object();
  }

  private static ApiClient admin(URL base) {
    return ApiClient.anonymous(base).login("wnu", "admin", SahakumDeployment.adminPassword());
  }
}
