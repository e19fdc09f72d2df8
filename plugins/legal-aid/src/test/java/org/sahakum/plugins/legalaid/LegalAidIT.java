package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The core with the legal-aid jar Maven just built, in one deployment for every legal-aid
 * integration test: the isolation contract (inherited), every endpoint walked with a foreign
 * organisation's admin and without a login, the permissions of each role, a member's own cases,
 * and (in the checks this class extends) cases, notes, files, detentions, violations, the report
 * and erasure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidIT extends ViolationChecks {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Org a = Org.create(anonymous());
    Org b = Org.create(anonymous());
    long caseId = a.openCase(memberCase(a.memberCode()));
    a.admin().post(a.path("cases/" + caseId + "/notes"), Json.createObjectBuilder().add("text", SECRET).build());
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(LegalAidResource.class);
    assertTrue(endpoints.size() >= 25, "the walk found the module's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", String.valueOf(caseId)).replace("{dateId}", "1")
          .replace("{attachmentId}", "1").replace("{need}", "water");
      JsonObject body = e.takesBody() ? Json.createObjectBuilder().build() : null;
      ApiResponse foreign = b.admin().call(e.method(), a.path(rest), body);
      if (foreign.status() != 404 || foreign.body().contains(SECRET)) {
        leaks.add("B on A's URL " + e.key() + " -> " + foreign);
      }
      ApiResponse own = b.admin().call(e.method(), b.path(rest), body);
      if (own.status() >= 500 || own.body().contains(SECRET) || own.body().contains(a.memberCode())) {
        leaks.add("B with A's ids " + e.key() + " -> " + own);
      }
      ApiResponse nobody = anonymous().call(e.method(), a.path(rest), body);
      if (nobody.status() != 401) {
        leaks.add("anonymous " + e.key() + " -> " + nobody);
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(1, a.admin().get(a.path("cases")).array().size(), "nothing was written into A");
    assertEquals("open", a.admin().get(a.path("cases/" + caseId)).object().getString("status"));
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Org o = Org.create(anonymous());
    long caseId = o.openCase(newRow());
    Map<String, ApiClient> roles = new LinkedHashMap<>();
    for (String role : List.of("paralegal", "organiser", "teacher", "member")) {
      roles.put(role, o.account(anonymous(), role, role));
    }
    // read cases, write cases, assign, read notes, read violations, write violations, read the report
    Map<String, boolean[]> allowed = Map.of(
        "paralegal", new boolean[] {true, true, false, true, true, true, false},
        "organiser", new boolean[] {true, false, true, false, true, false, true},
        "teacher", new boolean[] {false, false, false, false, false, false, false},
        "member", new boolean[] {false, false, false, false, false, false, false});
    String month = java.time.YearMonth.now().toString();
    for (Map.Entry<String, ApiClient> r : roles.entrySet()) {
      boolean[] may = allowed.get(r.getKey());
      ApiClient c = r.getValue();
      String who = r.getKey();
      assertEquals(may[0] ? 200 : 403, c.get(o.path("cases")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("detentions/queue")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("cases"), newRow()).status(), who);
      assertEquals(may[2] ? 200 : 403, c.put(o.path("cases/" + caseId + "/assignee"),
          Json.createObjectBuilder().add("accountId", 7).build()).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(o.path("cases/" + caseId + "/notes")).status(), who);
      assertEquals(may[4] ? 200 : 403, c.get(o.path("violations")).status(), who);
      assertEquals(may[5] ? 201 : 403, c.post(o.path("violations"), violation(true, "other", "gang", 1)).status(), who);
      assertEquals(may[6] ? 200 : 403, c.get(o.path("reports/advocacy?from=" + month + "&to=" + month)).status(), who);
      assertEquals(200, c.get(o.path("my-cases")).status(), who + " may always ask for their own cases");
    }
    ApiResponse denied = roles.get("member").get(o.path("cases"));
    assertTrue(denied.object().getString("detail").contains("legal:case:read"), denied.toString());
  }

  @Test
  void a_member_sees_only_their_own_cases_and_never_notes() {
    Org o = Org.create(anonymous());
    String chapter = o.slug() + "-north";
    expect(201, o.admin().post("/api/tenants", Json.createObjectBuilder().add("slug", chapter).add("type", "chapter")
        .add("parent", o.slug()).add("names", Json.createObjectBuilder().add("km", "ខាងជើង").add("en", "North")).build()));
    expect(200, o.admin().put("/api/t/" + chapter + "/modules/legal-aid",
        Json.createObjectBuilder().add("enabled", true).build()));
    String code = expect(201, o.admin().post("/api/t/" + chapter + "/invites", Json.createObjectBuilder().build()))
        .object().getString("code");
    String version = anonymous().get("/api/consent").object().getString("version");
    expect(201, anonymous().post("/api/t/" + chapter + "/registrations", Json.createObjectBuilder()
        .add("inviteCode", code).add("workingName", "Sophea").add("username", "sophea")
        .add("password", "long enough password").add("consentVersion", version).build()));
    long memberId = id(o.admin().get("/api/t/" + chapter + "/registrations?status=pending").array().getJsonObject(0));
    expect(200, o.admin().post("/api/t/" + chapter + "/registrations/" + memberId + "/approve",
        Json.createObjectBuilder().build()));
    String mine = o.admin().get("/api/t/" + chapter + "/members/" + memberId).object().getString("memberCode");
    String other = expect(201, o.admin().post("/api/t/" + chapter + "/members", Json.createObjectBuilder()
        .add("workingName", SECRET).add("chapter", chapter).build())).object().getString("memberCode");
    String cases = "/api/t/" + chapter + "/legal-aid/cases";
    long myCase = id(expect(201, o.admin().post(cases, memberCase(mine))));
    expect(201, o.admin().post(cases, memberCase(other)));
    expect(201, o.admin().post(cases + "/" + myCase + "/notes", Json.createObjectBuilder().add("text", "private").build()));

    ApiClient sophea = anonymous().login(chapter, "sophea", "long enough password");
    ApiResponse own = expect(200, sophea.get("/api/t/" + chapter + "/legal-aid/my-cases"));
    assertEquals(1, own.array().size(), own.toString());
    assertEquals(myCase, own.array().getJsonObject(0).getJsonNumber("id").longValue());
    assertTrue(!own.body().contains(SECRET) && !own.body().contains("private"), own.toString());
    expect(403, sophea.get(cases));
    expect(403, sophea.get(cases + "/" + myCase));
    expect(403, sophea.get(cases + "/" + myCase + "/notes"));
  }
}
