package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.TwoTenants;

/**
 * The organisation's view of its team leaders ({@code GET /api/t/{org}/team-leaders}): who holds
 * the role {@code team-leader} at each chapter, where nobody does, and who may ask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamLeadersIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void each_chapter_lists_its_team_leaders_and_the_chapters_without_one_are_named() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String kampot = t.a() + "-kampot";
    String senSok = t.a() + "-sen-sok";
    String kandal = t.a() + "-kandal";
    for (String chapter : List.of(kampot, senSok, kandal)) {
      assertEquals(201, t.adminA().post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", t.a())).status());
    }
    TwoTenants.account(anon, t.adminA(), kampot, "srey-kampot", "team-leader");
    TwoTenants.account(anon, t.adminA(), kampot, "bopha-kampot", "team-leader");
    TwoTenants.account(anon, t.adminA(), senSok, "sen-sok-organiser", "organiser");
    TwoTenants.account(anon, t.adminA(), kandal, "left-kandal", "team-leader");
    long leavingId = t.adminA().get("/api/t/" + kandal + "/accounts").array().stream().map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals("left-kandal")).findFirst().orElseThrow().getJsonNumber("id")
        .longValue();
    assertEquals(200, t.adminA().post("/api/t/" + kandal + "/accounts/" + leavingId + "/disable",
        Json.createObjectBuilder().build()).status());

    JsonObject picture = t.adminA().get("/api/t/" + t.a() + "/team-leaders").object();
    List<JsonObject> chapters = picture.getJsonArray("chapters").getValuesAs(JsonObject.class);
    assertEquals(List.of(kampot, kandal, senSok), chapters.stream().map(c -> c.getString("slug")).toList());
    assertEquals(List.of("bopha-kampot", "srey-kampot"), leaders(chapters.get(0)));
    assertEquals(List.of(), leaders(chapters.get(1)), "a disabled account leads nowhere");
    assertEquals(List.of(), leaders(chapters.get(2)), "an organiser is no team leader");
    assertEquals("ក " + kampot, chapters.get(0).getJsonObject("names").getString("km"));
    assertEquals(List.of(kandal, senSok), picture.getJsonArray("withoutTeamLeader").getValuesAs(
        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
  }

  @Test
  void only_the_organisations_holders_of_team_leader_read_see_it() {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    String kampot = t.a() + "-kampot";
    assertEquals(201, t.adminA().post("/api/tenants", TwoTenants.tenantBody(kampot, "chapter", t.a())).status());
    ApiClient leader = TwoTenants.account(anon, t.adminA(), kampot, "srey", "team-leader");
    ApiClient organiser = TwoTenants.account(anon, t.adminA(), t.a(), "organiser", "organiser");
    ApiClient treasurer = TwoTenants.account(anon, t.adminA(), t.a(), "treasurer", "treasurer");
    String path = "/api/t/" + t.a() + "/team-leaders";
    assertEquals(200, organiser.get(path).status());
    assertEquals(403, treasurer.get(path).status());
    assertEquals(404, leader.get(path).status(), "a chapter's team leader does not reach the organisation");
    assertEquals(404, t.adminB().get(path).status(), "another organisation is no tenant");
    assertEquals(404, t.adminA().get("/api/t/" + kampot + "/team-leaders").status(), "kept at the organisation");
    assertEquals(403, leader.get("/api/t/" + kampot + "/team-leaders").status());
    assertEquals(401, anon.get(path).status());
    assertEquals(403, anon.asPlatformAdmin().get(path).status(), "the operator above the wall sees the tenant, not who leads");
  }

  private static List<String> leaders(JsonObject chapter) {
    return chapter.getJsonArray("teamLeaders").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }
}
