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
 * organisation's admin and without a login, the permissions of each role, a member's own cases
 * and trainings, and (in the checks this class extends) cases, assignment, notes, files,
 * detentions, violations, the report, the referral directory, referrals, trainings, indicators,
 * erasure and a chapter lockdown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidIT extends MemberPageChecks {

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
    long serviceId = addService(a, SECRET);
    long referralId = id(expect(201, a.admin().post(a.path("referrals"), referral(caseId, serviceId, true))));
    long trainingId = addTraining(a, TODAY);
    expect(201, a.admin().post(a.path("attendance"), attendance(trainingId, a.memberCode())));
    // each collection's {id} is one of A's own rows of that collection
    Map<String, Long> ids = Map.of("services", serviceId, "referrals", referralId, "trainings", trainingId);
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(LegalAidResource.class);
    List<String> keys = endpoints.stream().map(ModuleEndpoints.Endpoint::key).toList();
    assertTrue(keys.containsAll(List.of("GET assignees", "GET my-trainings", "GET services", "POST services",
        "GET services/{id}", "PUT services/{id}", "DELETE services/{id}", "GET referrals", "POST referrals",
        "GET referrals/{id}", "PUT referrals/{id}/consent", "POST referrals/{id}/send", "POST referrals/{id}/accept",
        "POST referrals/{id}/decline", "POST referrals/{id}/complete", "POST referrals/{id}/cancel",
        "GET cases/{id}/referrals", "GET trainings", "POST trainings", "GET trainings/{id}",
        "GET trainings/{id}/attendance", "PUT trainings/{id}/non-member-attendees", "POST attendance")),
        "the walk found the new endpoints: " + keys);
    assertTrue(endpoints.size() >= 48, "the walk found the module's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      long id = ids.getOrDefault(e.path().split("/")[0], caseId);
      String rest = e.path().replace("{id}", String.valueOf(id)).replace("{dateId}", "1")
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
      if (e.path().contains("{id}") && own.status() / 100 == 2) {
        leaks.add("B reached A's row " + e.key() + " -> " + own);
      }
      ApiResponse nobody = anonymous().call(e.method(), a.path(rest), body);
      if (nobody.status() != 401) {
        leaks.add("anonymous " + e.key() + " -> " + nobody);
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(1, a.admin().get(a.path("cases")).array().size(), "nothing was written into A");
    assertEquals("open", a.admin().get(a.path("cases/" + caseId)).object().getString("status"));
    assertEquals(SECRET, a.admin().get(a.path("services/" + serviceId)).object().getString("name"));
    JsonObject r = a.admin().get(a.path("referrals/" + referralId)).object();
    assertEquals(List.of("proposed", "given"), List.of(r.getString("referralStatus"), r.getString("consent")));
    JsonObject t = a.admin().get(a.path("trainings/" + trainingId)).object();
    assertEquals(List.of(1, 0), List.of(t.getInt("memberAttendees"), t.getInt("nonMemberAttendees")));
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
    long paralegalId = o.admin().get(o.path("assignees")).array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals("paralegal")).findFirst().orElseThrow()
        .getJsonNumber("accountId").longValue();
    long serviceId = addService(o, "Clinic");
    long referralId = id(expect(201, o.admin().post(o.path("referrals"), referral(caseId, serviceId, false))));
    long trainingId = addTraining(o, TODAY);
    for (Map.Entry<String, ApiClient> r : roles.entrySet()) {
      boolean[] may = allowed.get(r.getKey());
      ApiClient c = r.getValue();
      String who = r.getKey();
      assertEquals(may[0] ? 200 : 403, c.get(o.path("cases")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("detentions/queue")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("detentions/held-now")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("cases"), newRow()).status(), who);
      assertEquals(may[2] ? 200 : 403, c.put(o.path("cases/" + caseId + "/assignee"),
          Json.createObjectBuilder().add("accountId", paralegalId).build()).status(), who);
      assertEquals(may[2] ? 200 : 403, c.get(o.path("assignees")).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(o.path("cases/" + caseId + "/notes")).status(), who);
      assertEquals(may[4] ? 200 : 403, c.get(o.path("violations")).status(), who);
      assertEquals(may[5] ? 201 : 403, c.post(o.path("violations"), violation(true, "other", "gang", 1)).status(), who);
      assertEquals(may[6] ? 200 : 403, c.get(o.path("reports/advocacy?from=" + month + "&to=" + month)).status(), who);
      assertEquals(200, c.get(o.path("my-cases")).status(), who + " may always ask for their own cases");
      assertEquals(200, c.get(o.path("my-trainings")).status(), who + " may always ask for their own trainings");
      // the directory, referrals and trainings go with reading and writing cases
      assertEquals(may[0] ? 200 : 403, c.get(o.path("services")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("services/" + serviceId)).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("services"), service("By " + who, "ngo")).status(), who);
      assertEquals(may[1] ? 200 : 403, c.put(o.path("services/" + serviceId), Json.createObjectBuilder(
          service("Clinic", "health")).add("active", true).build()).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("referrals")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("referrals/" + referralId)).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("cases/" + caseId + "/referrals")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("referrals"), referral(caseId, serviceId, false)).status(), who);
      assertEquals(may[1] ? 200 : 403, c.put(o.path("referrals/" + referralId + "/consent"), given(true)).status(), who);
      assertEquals(may[1] ? 409 : 403, c.post(o.path("referrals/" + referralId + "/accept"), empty()).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("trainings")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("trainings/" + trainingId + "/attendance")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("trainings"), training("other", TODAY)).status(), who);
      assertEquals(may[1] ? 200 : 403, c.put(o.path("trainings/" + trainingId + "/non-member-attendees"),
          Json.createObjectBuilder().add("count", 1).build()).status(), who);
      // the paralegal records the member once; the organiser is then refused for lack of the permission, not for the repeat
      assertEquals(may[1] ? 201 : 403, c.post(o.path("attendance"), attendance(trainingId, o.memberCode())).status(),
          who);
    }
    ApiResponse denied = roles.get("member").get(o.path("cases"));
    assertTrue(denied.object().getString("detail").contains("legal:case:read"), denied.toString());
  }

  @Test
  void a_member_sees_only_their_own_cases_and_trainings_and_never_notes() {
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

    String trainings = "/api/t/" + chapter + "/legal-aid/trainings";
    long attended = id(expect(201, o.admin().post(trainings, training("know-your-rights", TODAY))));
    long missed = id(expect(201, o.admin().post(trainings, training("court-process", TODAY))));
    expect(201, o.admin().post("/api/t/" + chapter + "/legal-aid/attendance", attendance(attended, mine)));
    expect(201, o.admin().post("/api/t/" + chapter + "/legal-aid/attendance", attendance(missed, other)));
    ApiResponse myTrainings = expect(200, sophea.get("/api/t/" + chapter + "/legal-aid/my-trainings"));
    assertEquals(List.of(attended), myTrainings.array().getValuesAs(JsonObject.class).stream().map(LegalFixture::id)
        .toList());
    assertTrue(!myTrainings.body().contains(other) && !myTrainings.body().contains(SECRET), myTrainings.toString());
    expect(403, sophea.get(trainings + "/" + attended + "/attendance"));
    assertEquals(0, o.admin().get(o.path("my-trainings")).array().size(), "the admin is no member: nothing");
  }
}
