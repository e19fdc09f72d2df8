package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * {@code SAHAKUM_DEMO=1} at a small scale ({@code sahakum.test.demo.members}), with the union-dues
 * and legal-aid jars: the server is started, checked through the API as WNU's demo admin, started
 * again on the same database and checked to have added nothing. Run by the failsafe execution
 * {@code demo-it}, which sets the demo settings (the tests are ordered: they are the two starts of
 * one server, and the second compares with what the first made).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataIT {
  private static final String DEMO = "demo";
  private static final String DUES = "/api/t/wnu/union-dues/";
  private static final String LEGAL = "/api/t/wnu/legal-aid/";
  /** What the first start made; the second start must leave it as it is. */
  private static Made first;

  @ArquillianResource Deployer deployer;

  @Deployment(name = DEMO, managed = false, testable = false)
  public static WebArchive deployment() {
    Path folder = SahakumDeployment.emptyPluginsFolder();
    SahakumDeployment.install(Path.of(System.getProperty("sahakum.test.plugin.jar")), folder);
    String legalAid = System.getProperty("sahakum.test.legal-aid.jar");
    if (legalAid != null) { // only demo-it names it; elsewhere the tests skip themselves
      SahakumDeployment.install(Path.of(legalAid), folder);
    }
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
  void wnu_has_cases_payments_and_a_ledger_that_adds_up(@ArquillianResource @OperateOnDeployment(DEMO) URL base) {
    int members = Integer.parseInt(System.getProperty("sahakum.test.demo.members"));
    Made made = Made.read(admin(base));
    assertEquals(2 * members, made.cases().size(), "two cases per member");
    assertEquals(Set.of("open", "in-progress", "closed"), made.statuses());
    assertTrue(made.caseTypes().size() >= 4, "cases of several types: " + made.caseTypes());
    assertEquals(members / 5, made.violations(), "a violation per five members");
    assertTrue(made.enrolled() > members / 2 && made.enrolled() <= members, "most members pay dues: " + made.enrolled());
    assertTrue(made.payments() > 8L * made.enrolled(), "about a year of payments each: " + made.payments());
    assertEquals(made.payments() + made.reversals(), made.entries());
    // the ledger's invariants, as the treasurer sees them
    assertEquals(List.of(), made.totalsOffTheLedger(), "each member's running total is the sum of their entries");
    assertEquals(made.payments(), made.receipts().size(), "one receipt per payment");
    assertEquals(1L, made.receipts().first());
    assertEquals(made.payments(), made.receipts().last(), "receipt numbers without gaps");
    assertEquals(List.copyOf(made.paymentIds()), audited(admin(base), "union-dues:payment.recorded"),
        "each payment has one audit entry, naming it");
    JsonObject verdict = admin(base).get("/api/t/wnu/audit/verify").object();
    assertTrue(verdict.getBoolean("intact"), "the audit chain is intact: " + verdict);
    first = made;
    deployer.undeploy(DEMO);
    deployer.deploy(DEMO);
  }

  @Test
  @Order(3)
  void a_second_start_adds_nothing(@ArquillianResource @OperateOnDeployment(DEMO) URL base) {
    Assumptions.assumeTrue(first != null, "the first start was checked");
    Made again = Made.read(admin(base));
    assertEquals(first, again);
    deployer.undeploy(DEMO);
  }

  /** The target ids of the trail's entries of {@code action}, read page by page, in ascending order. */
  private static List<Long> audited(ApiClient admin, String action) {
    List<Long> ids = new ArrayList<>();
    Long before = null;
    while (true) {
      ApiResponse page = admin.get("/api/t/wnu/audit?limit=1000&action=" + action + (before == null ? "" : "&before=" + before));
      assertEquals(200, page.status(), page.toString());
      JsonArray rows = page.array();
      for (var row : rows) {
        JsonObject e = row.asJsonObject();
        if (e.getString("action").equals(action)) {
          ids.add(Long.parseLong(e.getString("targetId")));
        }
        before = e.getJsonNumber("seq").longValue();
      }
      if (rows.size() < 1000) {
        ids.sort(null);
        return ids;
      }
    }
  }

  private static ApiClient admin(URL base) {
    return ApiClient.anonymous(base).login("wnu", "admin", SahakumDeployment.adminPassword());
  }

  /** What the demo made, read page by page through the API. */
  record Made(List<Long> cases, Set<String> statuses, Set<String> caseTypes, int violations, int enrolled,
      long payments, long reversals, long entries, TreeSet<Long> receipts, List<String> totalsOffTheLedger,
      TreeSet<Long> paymentIds) {

    static Made read(ApiClient admin) {
      List<JsonObject> cases = all(admin, LEGAL + "cases");
      List<JsonObject> entries = all(admin, DUES + "payments");
      List<JsonObject> enrolments = all(admin, DUES + "enrolments");
      Map<String, Long> ledger = new HashMap<>();
      TreeSet<Long> receipts = new TreeSet<>();
      long payments = 0;
      TreeSet<Long> paymentIds = new TreeSet<>();
      for (JsonObject e : entries) {
        ledger.merge(e.getString("memberCode"), e.getJsonNumber("amountMinor").longValue(), Long::sum);
        if ("PAYMENT".equals(e.getString("kind"))) {
          payments++;
          paymentIds.add(e.getJsonNumber("id").longValue());
          receipts.add(e.getJsonNumber("receiptNumber").longValue());
        }
      }
      List<String> off = new ArrayList<>();
      for (JsonObject e : enrolments) {
        long paid = e.getJsonNumber("paidMinor").longValue();
        if (paid != ledger.getOrDefault(e.getString("memberCode"), 0L)) {
          off.add(e.getString("memberCode"));
        }
      }
      Set<String> statuses = new HashSet<>();
      Set<String> types = new HashSet<>();
      cases.forEach(c -> {
        statuses.add(c.getString("status"));
        types.add(c.getString("caseType"));
      });
      return new Made(cases.stream().map(c -> c.getJsonNumber("id").longValue()).toList(), statuses, types,
          all(admin, LEGAL + "violations").size(), enrolments.size(), payments, entries.size() - payments,
          entries.size(), receipts, off, paymentIds);
    }

    private static List<JsonObject> all(ApiClient admin, String path) {
      List<JsonObject> rows = new ArrayList<>();
      for (int offset = 0; ; offset += 200) {
        ApiResponse page = admin.get(path + "?limit=200&offset=" + offset);
        assertEquals(200, page.status(), page.toString());
        JsonArray array = page.array();
        array.forEach(v -> rows.add(v.asJsonObject()));
        if (array.size() < 200) {
          return rows;
        }
      }
    }
  }
}
