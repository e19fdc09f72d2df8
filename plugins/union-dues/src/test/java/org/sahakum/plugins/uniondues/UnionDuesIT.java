package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
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
 * The core with the union-dues jar Maven just built, in one deployment for every union-dues
 * integration test: the isolation contract (inherited), every endpoint of the module walked with a
 * foreign organisation's admin and without a login, permissions per role, and (in the checks this
 * class extends) the ledger, reports, erasure, the good-standing port and a chapter lockdown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnionDuesIT extends ChapterMandateChecks {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Dues a = Dues.create(anonymous(), SECRET);
    Dues b = Dues.create(anonymous(), "Someone else");
    long paymentId = expect(201, a.admin().post(a.path("payments"), payment(a.memberCode(), 1_000, "USD", TODAY)))
        .object().getJsonNumber("id").longValue();
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(DuesResource.class);
    assertTrue(endpoints.size() >= 25, "the walk found the module's endpoints: " + endpoints);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", String.valueOf(paymentId)).replace("{number}", "1")
          .replace("{memberId}", String.valueOf(a.memberId()));
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
    assertEquals(1, a.admin().get(a.path("payments")).array().size(), "nothing was written into A");
    assertEquals(1_000, a.admin().get(a.path("standing/" + a.memberId())).object().getJsonNumber("paidMinor").longValue());
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Dues d = Dues.create(anonymous(), SECRET);
    Map<String, ApiClient> roles = Map.of(
        "treasurer", d.account(anonymous(), "treasurer", "treasurer"),
        "organiser", d.account(anonymous(), "organiser", "organiser"),
        "teacher", d.account(anonymous(), "teacher", "teacher"),
        "member", d.account(anonymous(), "member", "member"));
    long paymentId = expect(201, d.admin().post(d.path("payments"), payment(d.memberCode(), 1_000, "USD", TODAY)))
        .object().getJsonNumber("id").longValue();
    JsonObject reversal = Json.createObjectBuilder().add("paymentId", paymentId).add("reason", "wrong member").build();
    // what each role may do: record, reverse, manage plans, read reports
    Map<String, boolean[]> allowed = Map.of(
        "treasurer", new boolean[] {true, true, true, true},
        "organiser", new boolean[] {true, false, false, true},
        "teacher", new boolean[] {false, false, false, false},
        "member", new boolean[] {false, false, false, false});
    for (Map.Entry<String, ApiClient> r : roles.entrySet()) {
      boolean[] may = allowed.get(r.getKey());
      ApiClient c = r.getValue();
      String who = r.getKey();
      assertEquals(may[0] ? 201 : 403, c.post(d.path("payments"), payment(d.memberCode(), 10, "USD", TODAY)).status(), who);
      assertEquals(may[2] ? 201 : 403, c.post(d.path("plans"), newRow()).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(d.path("arrears")).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(d.path("reports/collections")).status(), who);
      assertEquals(may[3] || may[0] ? 200 : 403, c.get(d.path("standing/" + d.memberId())).status(), who);
      assertEquals(200, c.get(d.path("my-standing")).status(), who + " may always ask for their own standing");
    }
    assertEquals(403, roles.get("organiser").post(d.path("reversals"), reversal).status());
    assertEquals(201, roles.get("treasurer").post(d.path("reversals"), reversal).status());
    ApiResponse denied = roles.get("member").get(d.path("payments"));
    assertTrue(denied.object().getString("detail").contains("dues:"), denied.toString());
  }
}
