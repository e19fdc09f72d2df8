package org.sahakum.plugins.healthreferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The core with the health-referral jar Maven just built: the isolation contract (inherited), every
 * endpoint walked as another organisation and anonymously, the permission matrix, and (in the
 * checks this class extends) status moves, consent in code and table, the sealed category, erasure,
 * ratings, the follow-up queue, the report's suppression, the member page, paging and the home count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthReferralIT extends FollowUpCountChecks {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SahakumDeployment.withModuleUnderTest();
  }

  @Test
  void every_endpoint_refuses_another_organisation_and_anonymous_callers() {
    Org a = Org.create(anonymous());
    Org b = Org.create(anonymous());
    long referralId = a.referred("hiv-treatment");
    String slip = a.admin().get(a.path("referrals/" + referralId)).object().getString("slipCode");
    Map<String, String> ids = Map.of("facilities", String.valueOf(a.facilityId()), "referrals", String.valueOf(referralId),
        "my-referrals", String.valueOf(referralId));
    List<ModuleEndpoints.Endpoint> endpoints = ModuleEndpoints.of(HealthResource.class);
    List<String> keys = endpoints.stream().map(ModuleEndpoints.Endpoint::key).toList();
    assertTrue(keys.containsAll(List.of("GET facilities", "POST facilities", "GET facilities/{id}", "PUT facilities/{id}",
        "DELETE facilities/{id}", "GET referrals", "POST referrals", "GET referrals/{id}", "PUT referrals/{id}/consent",
        "POST referrals/{id}/refer", "POST referrals/{id}/attended", "POST referrals/{id}/not-attended",
        "POST referrals/{id}/cancel", "POST referrals/{id}/follow-up", "PUT referrals/{id}/escort",
        "PUT referrals/{id}/cost", "PUT referrals/{id}/mistreatment", "GET referrals/{id}/slip", "GET follow-ups",
        "GET follow-ups/overdue", "GET my-referrals", "GET my-referrals/{id}/slip", "POST my-ratings", "GET escorts",
        "GET slips/{code}", "GET reports/costs")), "the walk found the endpoints: " + keys);
    List<String> leaks = new ArrayList<>();
    for (ModuleEndpoints.Endpoint e : endpoints) {
      String rest = e.path().replace("{id}", ids.getOrDefault(e.path().split("/")[0], "1")).replace("{code}", slip);
      if (rest.startsWith("reports/")) {
        rest += "?from=2026-01&to=2026-12";
      }
      JsonObject body = e.takesBody() ? empty() : null;
      ApiResponse foreign = b.admin().call(e.method(), a.path(rest), body);
      if (foreign.status() != 404 || foreign.body().contains(SECRET) || foreign.body().contains(slip)) {
        leaks.add("B on A's URL " + e.key() + " -> " + foreign);
      }
      ApiResponse own = b.admin().call(e.method(), b.path(rest), body);
      if (own.status() >= 500 || own.body().contains(a.memberCode()) || own.body().contains(slip)) {
        leaks.add("B with A's ids " + e.key() + " -> " + own);
      }
      if ((e.path().contains("{id}") || e.path().contains("{code}")) && own.status() / 100 == 2) {
        leaks.add("B reached A's row " + e.key() + " -> " + own);
      }
      ApiResponse nobody = anonymous().call(e.method(), a.path(rest), body);
      if (nobody.status() != 401) {
        leaks.add("anonymous " + e.key() + " -> " + nobody);
      }
    }
    assertEquals(List.of(), leaks);
    JsonObject r = a.admin().get(a.path("referrals/" + referralId)).object();
    assertEquals(List.of("referred", "given", "hiv-treatment"),
        List.of(r.getString("referralStatus"), r.getString("consent"), r.getString("serviceCategory")));
    assertEquals(1, a.admin().get(a.path("facilities")).array().size(), "nothing was written into A");
  }

  @Test
  void each_role_does_what_its_permissions_allow() {
    Org o = Org.create(anonymous());
    long referralId = o.referred("sti");
    Map<String, ApiClient> roles = new LinkedHashMap<>();
    for (String role : List.of("health-worker", "organiser", "paralegal", "member")) {
      roles.put(role, o.account(anonymous(), role, role));
    }
    // read referrals, write referrals, manage facilities, read the report
    Map<String, boolean[]> allowed = Map.of(
        "health-worker", new boolean[] {true, true, true, false},
        "organiser", new boolean[] {true, false, true, true},
        "paralegal", new boolean[] {false, false, false, false},
        "member", new boolean[] {false, false, false, false});
    for (Map.Entry<String, ApiClient> e : roles.entrySet()) {
      boolean[] may = allowed.get(e.getKey());
      ApiClient c = e.getValue();
      String who = e.getKey();
      assertEquals(may[0] ? 200 : 403, c.get(o.path("referrals")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("referrals/" + referralId)).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("referrals/" + referralId + "/slip")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("follow-ups")).status(), who);
      assertEquals(may[0] ? 200 : 403, c.get(o.path("follow-ups/overdue")).status(), who);
      assertEquals(may[0] || may[2] ? 200 : 403, c.get(o.path("facilities")).status(), who);
      assertEquals(may[1] ? 201 : 403, c.post(o.path("referrals"),
          memberReferral(o.memberCode(), o.facilityId(), "general", false)).status(), who);
      assertEquals(may[1] ? 409 : 403, c.post(o.path("referrals/" + referralId + "/follow-up"),
          Json.createObjectBuilder().add("outcome", "referred-on").build()).status(), who);
      assertEquals(may[1] ? 200 : 403, c.get(o.path("escorts")).status(), who);
      assertEquals(may[2] ? 201 : 403, c.post(o.path("facilities"), facility("By " + who, "health-centre", "hef-id-poor")
          .build()).status(), who);
      assertEquals(may[3] ? 200 : 403, c.get(o.path("reports/costs?rows=category&columns=exemption&from=2026-01&to=2026-12"))
          .status(), who);
      assertEquals(200, c.get(o.path("my-referrals")).status(), who + " may always ask for their own referrals");
    }
    ApiResponse denied = roles.get("member").get(o.path("referrals"));
    assertTrue(denied.object().getString("detail").contains("health:referral:read"), denied.toString());
  }

  @Test
  void the_category_is_sealed_at_rest_and_the_table_refuses_a_referral_without_consent() throws SQLException {
    Org o = Org.create(anonymous());
    long made = o.referred("hiv-treatment");
    long pending = id(expect(201, o.admin().post(o.path("referrals"),
        memberReferral(o.memberCode(), o.facilityId(), "hiv-testing", false))));
    try (Connection db = database()) {
      try (PreparedStatement q = db.prepareStatement("SELECT sealed_category FROM health_referral WHERE id IN (?, ?)")) {
        q.setLong(1, made);
        q.setLong(2, pending);
        try (ResultSet rs = q.executeQuery()) {
          int rows = 0;
          while (rs.next()) {
            String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
            assertFalse(stored.contains("hiv") || stored.contains("HIV"), "the category is sealed at rest");
            rows++;
          }
          assertEquals(2, rows);
        }
      }
      try (PreparedStatement u = db.prepareStatement("UPDATE health_referral SET status = 'referred' WHERE id = ?")) {
        u.setLong(1, pending);
        SQLException refused = assertThrows(SQLException.class, u::executeUpdate, "the CHECK refuses it");
        assertTrue(refused.getMessage().contains("ck_health_referral_made_with_consent"), refused.getMessage());
      }
    }
    ApiResponse byCode = expect(409, o.admin().post(o.path("referrals/" + pending + "/refer"), empty()));
    assertTrue(byCode.object().getString("detail").contains("consent is pending"), byCode.toString());
    List<String> audit = o.admin().get("/api/t/" + o.slug() + "/audit?limit=50").array().stream()
        .map(v -> v.asJsonObject().getString("action")).toList();
    assertFalse(audit.toString().contains("hiv"), "the audit trail does not say what for: " + audit);
  }
}
