package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahakum.testkit.PublishedTables.organisation;
import static org.sahakum.testkit.PublishedTables.values;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.testkit.ApiClient;
import org.sahakum.testkit.ApiResponse;
import org.sahakum.testkit.TwoTenants;

/**
 * An organisation publishes members by chapter to its network: the network's dashboard shows the
 * table with the small cell and its complement suppressed, nothing before publication or after
 * withdrawal, and never a row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AggregatesIT {
  private static final String INDICATOR = "core.members-by-chapter";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void the_network_sees_only_what_is_published_with_small_cells_suppressed() {
    Tree tree = Tree.create(ApiClient.anonymous(base), "");
    String net = tree.net();
    String org = tree.org();
    ApiClient netAdmin = tree.netAdmin();
    ApiClient orgAdmin = tree.orgAdmin();
    int[] sizes = {7, 2, 6};
    for (int c = 0; c < sizes.length; c++) {
      String chapter = org + "-c" + c;
      assertEquals(201, orgAdmin.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", org)).status());
      for (int i = 0; i < sizes[c]; i++) {
        assertEquals(201, orgAdmin.post("/api/t/" + org + "/members", Json.createObjectBuilder()
            .add("workingName", "Fictional Sokha " + c + "-" + i).add("chapter", chapter).build()).status());
      }
    }
    assertEquals(List.of(), organisation(netAdmin.get("/api/t/" + net + "/dashboard"), org)
        .getJsonArray("indicators"), "nothing before the organisation publishes");

    JsonObject offered = orgAdmin.get("/api/t/" + org + "/indicators").array().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("id").equals(INDICATOR)).findFirst().orElseThrow();
    assertFalse(offered.getBoolean("published"));
    assertEquals(Arrays.asList(7L, null, null), values(offered.getJsonObject("asPublished")),
        "the organisation sees what the network would see");
    assertEquals(200, orgAdmin.put("/api/t/" + org + "/indicators/" + INDICATOR,
        Json.createObjectBuilder().add("published", true).build()).status());

    ApiResponse dashboard = netAdmin.get("/api/t/" + net + "/dashboard");
    assertEquals(200, dashboard.status(), dashboard.toString());
    JsonObject table = organisation(dashboard, org).getJsonArray("indicators").getJsonObject(0);
    assertEquals(INDICATOR, table.getString("id"));
    assertEquals(Arrays.asList(7L, null, null), values(table));
    assertEquals(15, table.getJsonNumber("total").longValue());
    assertEquals(List.of(org + "-c0", org + "-c1", org + "-c2"), table.getJsonArray("cells")
        .getValuesAs(JsonObject.class).stream().map(c -> c.getString("label")).toList());
    assertEquals("ក " + org + "-c1", table.getJsonObject("cellNames").getJsonObject(org + "-c1").getString("km"),
        "each chapter code comes with the chapter's names, so the dashboard shows no code: " + table);
    assertEquals(org + "-c1", offered.getJsonObject("cellNames").getJsonObject(org + "-c1").getString("en"));
    assertFalse(dashboard.body().contains("Sokha"), "no row reaches the network");
    assertEquals(403, netAdmin.get("/api/t/" + org + "/indicators").status());
    assertEquals(403, netAdmin.get("/api/t/" + org + "/members").status());

    assertEquals(200, orgAdmin.put("/api/t/" + org + "/indicators/" + INDICATOR,
        Json.createObjectBuilder().add("published", false).build()).status());
    assertEquals(List.of(), organisation(netAdmin.get("/api/t/" + net + "/dashboard"), org)
        .getJsonArray("indicators"), "withdrawn, gone from the dashboard");
    assertEquals(404, orgAdmin.put("/api/t/" + org + "/indicators/core.no-such",
        Json.createObjectBuilder().add("published", true).build()).status());
  }

  @Test
  void the_network_sees_the_figures_as_published_until_the_month_turns() throws SQLException {
    Tree tree = Tree.create(ApiClient.anonymous(base), "snap-");
    String net = tree.net();
    String org = tree.org();
    ApiClient netAdmin = tree.netAdmin();
    ApiClient orgAdmin = tree.orgAdmin();
    String chapter = org + "-c0";
    assertEquals(201, orgAdmin.post("/api/tenants", TwoTenants.tenantBody(chapter, "chapter", org)).status());
    addMembers(orgAdmin, org, chapter, 6);
    assertEquals(200, orgAdmin.put("/api/t/" + org + "/indicators/" + INDICATOR,
        Json.createObjectBuilder().add("published", true).build()).status());
    assertEquals(6, publishedTotal(netAdmin, net, org));

    addMembers(orgAdmin, org, chapter, 1);
    assertEquals(6, publishedTotal(netAdmin, net, org), "one new member does not show until the next snapshot");
    JsonObject own = orgAdmin.get("/api/t/" + org + "/indicators").array().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("id").equals(INDICATOR)).findFirst().orElseThrow();
    assertEquals(7, own.getJsonObject("asPublished").getInt("total"), "the organisation sees today's figures");
    assertEquals(6, own.getJsonObject("networkSees").getInt("total"), "and what its network sees");
    assertTrue(own.containsKey("networkSeesAsOf"));

    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
            + System.getProperty("sahakum.test.db.port") + "/sahakum", "sahakum", "test");
        PreparedStatement p = c.prepareStatement("UPDATE indicator_publication SET snapshot_at = snapshot_at - "
            + "INTERVAL 40 DAY WHERE org_id = (SELECT id FROM tenant WHERE slug = ?)")) {
      p.setString(1, org);
      assertEquals(1, p.executeUpdate());
    }
    assertEquals(7, publishedTotal(netAdmin, net, org), "a new month, a new snapshot");
    addMembers(orgAdmin, org, chapter, 1);
    assertEquals(7, publishedTotal(netAdmin, net, org));
    assertEquals(200, orgAdmin.put("/api/t/" + org + "/indicators/" + INDICATOR,
        Json.createObjectBuilder().add("published", true).build()).status());
    assertEquals(8, publishedTotal(netAdmin, net, org), "publishing again publishes today's figures");
  }

  private static void addMembers(ApiClient orgAdmin, String org, String chapter, int n) {
    for (int i = 0; i < n; i++) {
      assertEquals(201, orgAdmin.post("/api/t/" + org + "/members", Json.createObjectBuilder()
          .add("workingName", "Fictional Dara " + UUID.randomUUID().toString().substring(0, 6))
          .add("chapter", chapter).build()).status());
    }
  }

  private static long publishedTotal(ApiClient netAdmin, String net, String org) {
    JsonObject table = organisation(netAdmin.get("/api/t/" + net + "/dashboard"), org).getJsonArray("indicators")
        .getJsonObject(0);
    assertTrue(table.containsKey("asOf"), table.toString());
    return table.getJsonNumber("total").longValue();
  }

  /** A network with its admin, and an organisation under it with its own admin, fresh for each test. */
  private record Tree(String net, String org, ApiClient netAdmin, ApiClient orgAdmin) {
    static Tree create(ApiClient anon, String prefix) {
      ApiClient operator = anon.asPlatformAdmin();
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      String net = prefix + "net-" + suffix;
      String org = prefix + "org-" + suffix;
      assertEquals(201, operator.post("/api/tenants", TwoTenants.tenantBody(net, "network", "platform")).status());
      ApiClient netAdmin = TwoTenants.account(anon, operator, net, "admin", "admin");
      assertEquals(201, netAdmin.post("/api/tenants", TwoTenants.tenantBody(org, "organisation", net)).status());
      return new Tree(net, org, netAdmin, TwoTenants.account(anon, netAdmin, org, "admin", "admin"));
    }
  }
}
