package org.sahakum.plugins.legalaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahakum.testkit.PublishedTables.organisation;
import static org.sahakum.testkit.PublishedTables.values;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * Legal aid's indicators: the organisation sees what its network would see, publishes one, and
 * the network's dashboard shows it with small cells suppressed and no row of the organisation.
 */
abstract class IndicatorChecks extends TrainingChecks {
  private static final String CASES_BY_TYPE = "legal-aid.cases-by-type";

  @Test
  void an_organisation_publishes_cases_by_type_and_its_network_sees_them_suppressed() {
    ApiClient anon = anonymous();
    ApiClient operator = anon.asPlatformAdmin();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String net = "legal-net-" + suffix;
    String org = "legal-org-" + suffix;
    expect(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")));
    ApiClient netAdmin = TwoTenants.account(anon, operator, net, "admin", "admin");
    expect(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)));
    ApiClient orgAdmin = TwoTenants.account(anon, netAdmin, org, "admin", "admin", LegalAidModule.ID);
    String member = expect(201, orgAdmin.post("/api/t/" + org + "/members", Json.createObjectBuilder()
        .add("workingName", SECRET).build())).object().getString("memberCode");
    String cases = "/api/t/" + org + "/legal-aid/cases";
    for (int i = 0; i < 6; i++) {
      expect(201, orgAdmin.post(cases, Json.createObjectBuilder().add("caseType", "detention")
          .add("clientKind", "non-member").add("clientGroup", "walk-in").build()));
      expect(201, orgAdmin.post(cases, i == 0 ? memberCase(member) : Json.createObjectBuilder()
          .add("caseType", "court").add("clientKind", "non-member").add("clientGroup", "student").build()));
    }
    expect(201, orgAdmin.post(cases, Json.createObjectBuilder().add("caseType", "labour")
        .add("clientKind", "non-member").add("clientGroup", "other").build()));
    expect(201, orgAdmin.post(cases, Json.createObjectBuilder().add("caseType", "labour")
        .add("clientKind", "non-member").add("clientGroup", "other").build()));

    List<JsonObject> offered = expect(200, orgAdmin.get("/api/t/" + org + "/indicators")).array()
        .getValuesAs(JsonObject.class);
    List<String> ids = offered.stream().map(i -> i.getString("id")).toList();
    assertTrue(ids.containsAll(List.of(CASES_BY_TYPE, "legal-aid.cases-opened-by-month",
        "legal-aid.detentions-by-month", "legal-aid.referrals-by-status")), ids.toString());
    JsonObject byMonth = offered.stream().filter(i -> i.getString("id").equals("legal-aid.cases-opened-by-month"))
        .findFirst().orElseThrow().getJsonObject("asPublished");
    List<JsonObject> months = byMonth.getJsonArray("cells").getValuesAs(JsonObject.class);
    assertEquals(12, months.size());
    assertEquals(YearMonth.now(ZoneId.of("Asia/Phnom_Penh")).toString(), months.get(11).getString("label"));
    assertEquals(14, byMonth.getJsonNumber("total").longValue());

    // court 6, detention 6, labour 2, three kinds 0: the small cells hide, and then court too,
    // or 14 - 6 - 0 would give labour's 2
    List<Long> expected = Arrays.asList(null, null, 6L, null, null, null);
    JsonObject own = offered.stream().filter(i -> i.getString("id").equals(CASES_BY_TYPE)).findFirst().orElseThrow();
    assertFalse(own.getBoolean("published"));
    assertEquals(expected, values(own.getJsonObject("asPublished")), "the organisation sees what the network would");
    assertEquals(List.of(), organisation(netAdmin.get("/api/t/" + net + "/dashboard"), org).getJsonArray("indicators"),
        "nothing before the organisation publishes");
    expect(200, orgAdmin.put("/api/t/" + org + "/indicators/" + CASES_BY_TYPE,
        Json.createObjectBuilder().add("published", true).build()));

    ApiResponse dashboard = expect(200, netAdmin.get("/api/t/" + net + "/dashboard"));
    JsonObject table = organisation(dashboard, org).getJsonArray("indicators").getJsonObject(0);
    assertEquals(CASES_BY_TYPE, table.getString("id"));
    assertEquals(List.of("consultation", "court", "detention", "labour", "family", "other"), table.getJsonArray("cells")
        .getValuesAs(JsonObject.class).stream().map(c -> c.getString("label")).toList());
    assertEquals(expected, values(table));
    JsonObject court = table.getJsonObject("cellNames").getJsonObject("court");
    assertEquals("Court", court.getString("en"), "the case types by the words of the module's caseType options: " + table);
    assertTrue(court.getString("km").matches(".*[\u1780-\u17FF].*"), court.toString());
    assertEquals(14, table.getJsonNumber("total").longValue());
    assertFalse(dashboard.body().contains(member) || dashboard.body().contains(SECRET), "no row reaches the network");
    int refused = netAdmin.get(cases).status();
    assertTrue(refused == 403 || refused == 404, "the network never opens the organisation's cases: " + refused);
  }
}
