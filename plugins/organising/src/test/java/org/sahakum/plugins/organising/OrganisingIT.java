package org.sahakum.plugins.organising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The core with the organising jar Maven just built: the isolation contract (inherited), every
 * endpoint walked as another organisation and anonymously, and the permission matrix, with a
 * team leader's role as a chapter would set it; the stock, consent, sealing and erasure are in
 * the checks this class extends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisingIT extends OrganisingChecks {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Org a = Org.create(anonymous());
    Org b = Org.create(anonymous());
    String onlyA = "Only in " + a.slug();
    expect(201, a.admin().post(a.path("workplaces"), workplace(onlyA).build()));
    expect(201, a.admin().post(a.path("stock/receipts"), receipt("male-condoms", 100)));
    long visit = id(expect(201, a.admin().post(a.path("visits"), visit(a.workplaceId(), 10))));
    long event = id(expect(201, a.admin().post(a.path("events"), event(null))));
    long campaign = id(expect(201, a.admin().post(a.path("campaigns"), campaign())));
    long link = id(expect(201, a.admin().post(a.path("workplace-links"), link(a, true))));
    Map<String, String> ids = Map.of("workplaces", String.valueOf(a.workplaceId()), "visits", String.valueOf(visit),
        "events", String.valueOf(event), "campaigns", String.valueOf(campaign), "workplace-links", String.valueOf(link));
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(OrganisingResource.class);
    List<String> keys = endpoints.stream().map(ModuleEndpoints.Endpoint::key).toList();
    assertTrue(keys.containsAll(List.of("GET workplaces", "POST workplaces", "GET workplaces/{id}", "PUT workplaces/{id}",
        "POST workplace-links/search", "POST workplace-links", "DELETE workplace-links/{id}", "GET visits", "POST visits",
        "GET visits/{id}", "GET stock", "GET stock/receipts", "POST stock/receipts", "GET events", "POST events",
        "GET events/{id}", "GET events/{id}/attendance", "POST events/{id}/attendance", "GET campaigns",
        "POST campaigns", "GET campaigns/{id}")), "the walk found the endpoints: " + keys);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", ids.getOrDefault(e.path().split("/")[0], "1"));
      JsonObject body = e.takesBody() ? empty() : null;
      ApiResponse foreign = b.admin().call(e.method(), a.path(rest), body);
      if (foreign.status() != 404 || foreign.body().contains(SECRET) || foreign.body().contains(onlyA)) {
        leaks.add("B on A's URL " + e.key() + " -> " + foreign);
      }
      ApiResponse own = b.admin().call(e.method(), b.path(rest), body);
      if (own.status() >= 500 || own.body().contains(a.memberCode()) || own.body().contains(onlyA)) {
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
    assertEquals(90, a.left("male-condoms"), "nothing B did changed A's stock");
    assertEquals(1, a.admin().get(a.path("visits")).array().size(), "nothing was written into A");
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Org o = Org.create(anonymous());
    expect(201, o.admin().post(o.path("stock/receipts"), receipt("male-condoms", 500)));
    long event = id(expect(201, o.admin().post(o.path("events"), event(null))));
    // a team leader as a chapter sets the role: outreach, reading it, and inviting on the spot
    expect(200, o.admin().put("/api/t/" + o.slug() + "/roles/teacher", Json.createObjectBuilder().add("permissions",
        Json.createArrayBuilder().add("tenant:read").add("modules:use").add("invite:manage")
            .add("organising:visit:read").add("organising:visit:write")).build()));
    Map<String, ApiClient> roles = new LinkedHashMap<>();
    for (String role : List.of("organiser", "teacher", "health-worker", "member")) {
      roles.put(role, o.account(anonymous(), role, role));
    }
    // read, log visits, keep workplaces, keep events, record deliveries
    Map<String, boolean[]> allowed = Map.of(
        "organiser", new boolean[] {true, true, true, true, true},
        "teacher", new boolean[] {true, true, false, false, false},
        "health-worker", new boolean[] {false, false, false, false, false},
        "member", new boolean[] {false, false, false, false, false});
    for (Map.Entry<String, ApiClient> e : roles.entrySet()) {
      boolean[] may = allowed.get(e.getKey());
      ApiClient c = e.getValue();
      String who = e.getKey();
      assertEquals(may[0] ? 200 : 403, c.get(o.path("visits")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("stock")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("events")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("campaigns")).status(), who);
      assertEquals(may[0] || may[2] ? 200 : 403, c.get(o.path("workplaces")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("visits"), visit(o.workplaceId(), 5)).status(), who);
      assertEquals(may[2] ? 201 : 403, c.post(o.path("workplaces"), workplace("By " + who).build()).status(), who);
      assertEquals(may[2] ? 200 : 403, c.post(o.path("workplace-links/search"), whose(o)).status(), who);
      assertEquals(may[3] ? 201 : 403, c.post(o.path("events"), event(null)).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(o.path("events/" + event + "/attendance")).status(), who);
      assertEquals(may[4] ? 201 : 403, c.post(o.path("stock/receipts"), receipt("leaflets", 10)).status(), who);
    }
    ApiResponse denied = roles.get("member").get(o.path("visits"));
    assertTrue(denied.object().getString("detail").contains("organising:visit:read"), denied.toString());
    assertEquals(201, roles.get("teacher").post("/api/t/" + o.slug() + "/invites", empty()).status(),
        "a team leader invites on the spot through the core's own invites");
    assertFalse(roles.get("teacher").get(o.path("visits")).body().contains(SECRET));
  }
}
