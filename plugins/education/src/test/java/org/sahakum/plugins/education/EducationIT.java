package org.sahakum.plugins.education;

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
 * The core with the education jar Maven just built, in one deployment for every education
 * integration test: the isolation contract (inherited), every endpoint of the module walked with a
 * foreign organisation's admin and without a login, permissions per role, and (in the checks this
 * class extends) children, the teacher's scope, erasure, rotation, attendance and the waiting list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducationIT extends MemberPageChecks {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Org a = Org.create(anonymous());
    Org b = Org.create(anonymous());
    a.account(anonymous(), "teacher", "teacher");
    long klass = a.newClass(a.centreId(), a.teacherId("teacher"), 5);
    long child = a.child(CHILD_NAME, a.centreId());
    expect(201, a.enrol(klass, child));
    long session = id(expect(201, a.admin().post(a.path("classes/" + klass + "/sessions"),
        AttendanceChecks.session(TODAY, List.of(child), "PRESENT"))));
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(EducationResource.class);
    assertTrue(endpoints.size() >= 25, "the walk found the module's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", e.path().startsWith("children") ? String.valueOf(child)
              : e.path().startsWith("centres") ? String.valueOf(a.centreId()) : String.valueOf(klass))
          .replace("{childId}", String.valueOf(child)).replace("{sessionId}", String.valueOf(session));
      JsonObject body = e.takesBody() ? Json.createObjectBuilder().build() : null;
      ApiResponse foreign = b.admin().call(e.method(), a.path(rest), body);
      if (foreign.status() != 404 || foreign.body().contains(CHILD_NAME)) {
        leaks.add("B on A's URL " + e.key() + " -> " + foreign);
      }
      ApiResponse own = b.admin().call(e.method(), b.path(rest), body);
      if (own.status() >= 500 || own.body().contains(CHILD_NAME) || own.body().contains(a.guardianCode())) {
        leaks.add("B with A's ids " + e.key() + " -> " + own);
      }
      ApiResponse nobody = anonymous().call(e.method(), a.path(rest), body);
      if (nobody.status() != 401) {
        leaks.add("anonymous " + e.key() + " -> " + nobody);
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(1, a.admin().get(a.path("children")).array().size(), "nothing was written into A");
    assertEquals(CHILD_NAME, a.admin().get(a.path("children/" + child)).object().getString("name"));
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Org o = Org.create(anonymous());
    Map<String, ApiClient> roles = new LinkedHashMap<>();
    for (String role : List.of("teacher", "organiser", "paralegal", "member")) {
      roles.put(role, o.account(anonymous(), role, role));
    }
    long klass = o.newClass(o.centreId(), o.teacherId("teacher"), 30);
    // may: read children, write children, take attendance, manage classes, read follow-up
    Map<String, boolean[]> allowed = Map.of(
        "teacher", new boolean[] {true, false, true, false},
        "organiser", new boolean[] {true, true, true, true},
        "paralegal", new boolean[] {false, false, false, false},
        "member", new boolean[] {false, false, false, false});
    for (Map.Entry<String, ApiClient> r : roles.entrySet()) {
      String who = r.getKey();
      ApiClient c = r.getValue();
      boolean[] may = allowed.get(who);
      ApiResponse created = c.post(o.path("children"), childBody(o.guardianCode(), null, "Kid" + who, o.centreId()).build());
      assertEquals(may[1] ? 201 : 403, created.status(), who + " " + created);
      long child = may[1] ? id(created) : o.child("Kid" + who, o.centreId());
      assertEquals(may[3] ? 201 : 403, c.post(o.path("classes/" + klass + "/enrolments"),
          Json.createObjectBuilder().add("childId", child).build()).status(), who);
      if (!may[3]) {
        expect(201, o.enrol(klass, child));
      }
      assertEquals(may[0] ? 200 : 403, c.get(o.path("children")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("children/" + child)).status(), who);
      assertEquals(may[2] ? 200 : 403, c.get(o.path("follow-up")).status(), who);
      assertEquals(may[3] ? 201 : 403, c.post(o.path("centres"), newRow()).status(), who);
      int take = c.post(o.path("classes/" + klass + "/sessions"),
          AttendanceChecks.session(TODAY, List.of(child), "PRESENT")).status();
      assertTrue(may[2] ? take == 201 || take == 200 : take == 403, who + " took attendance: " + take);
      assertEquals(200, c.get(o.path("my-children")).status(), who + " may always ask for their own children");
    }
    ApiResponse denied = roles.get("member").get(o.path("children"));
    assertTrue(denied.object().getString("detail").contains("edu:"), denied.toString());
  }
}
