package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The fast path of a read keeps its promises: every read is on record before its answer arrives,
 * and in the chain for whoever reads the trail, however many arrive at once and whatever holds a
 * chain's head; and what a server remembers about a token gives way at once to a change made
 * anywhere, here made straight in the database as another server of the cluster would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadPathIT {
  private static final int READERS = 16;
  private static final int READS_EACH = 3;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void reads_that_arrive_together_are_each_in_the_chain_before_their_answer() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String page = "/api/t/" + t.a() + "/members?limit=5";
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < READERS * READS_EACH; i++) {
        answers.add(pool.submit(() -> t.adminA().get(page).status()));
      }
      for (Future<Integer> a : answers) {
        assertEquals(200, a.get());
      }
    } finally {
      pool.shutdownNow();
    }
    var listed = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.listed&limit=1000").array();
    assertEquals(READERS * READS_EACH, listed.size(), "one entry per read, each written before its answer");
    JsonObject verdict = t.adminA().get("/api/t/" + t.a() + "/audit/verify").object();
    assertTrue(verdict.getBoolean("intact"), verdict.toString());
    assertEquals(0, t.adminB().get("/api/t/" + t.b() + "/audit?action=member.listed").array().size(),
        "B's chain holds none of A's reads");
  }

  @Test
  void a_session_ended_by_another_server_is_refused_on_the_next_request() throws SQLException {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String page = "/api/t/" + t.a() + "/members";
    assertEquals(200, t.adminA().get(page).status());
    assertEquals(200, t.adminA().get(page).status());
    update("DELETE FROM auth_session WHERE account_id = " + ADMIN_OF, t.a());
    assertEquals(401, t.adminA().get(page).status());
    assertEquals(200, t.adminB().get("/api/t/" + t.b() + "/members").status(), "B's session is untouched");
  }

  @Test
  void a_grant_removed_by_another_server_holds_on_the_next_request() throws SQLException {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String page = "/api/t/" + t.a() + "/members";
    assertEquals(200, t.adminA().get(page).status());
    update("DELETE FROM role_grant WHERE account_id = " + ADMIN_OF, t.a());
    int after = t.adminA().get(page).status();
    assertTrue(after == 403 || after == 404, "the register is shut at once, got " + after);
  }

  /** Answers are kept per token (a refusal too): a grant given elsewhere must still open the page at once. */
  @Test
  void a_grant_given_by_another_server_is_honoured_on_the_next_request() throws SQLException {
    ApiClient anonymous = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anonymous);
    ApiClient paralegal = TwoTenants.account(anonymous, t.adminA(), t.a(), "paralegal", "paralegal");
    String page = "/api/t/" + t.a() + "/members";
    assertEquals(403, paralegal.get(page).status(), "a paralegal does not read the register");
    assertEquals(403, paralegal.get(page).status(), "nor on the second request, answered from what was remembered");
    update("INSERT INTO role_grant (account_id, tenant_id, role) SELECT a.id, a.tenant_id, 'organiser' FROM account a "
        + "JOIN tenant t ON t.id = a.tenant_id WHERE t.slug = ? AND a.username = 'paralegal'", t.a());
    assertEquals(200, paralegal.get(page).status(), "the organiser's grant holds on the next request");
    assertEquals(404, paralegal.get("/api/t/" + t.b() + "/members").status(), "and only in A: B is still no tenant");
  }

  @Test
  void a_tenant_suspended_by_another_server_refuses_its_sessions_on_the_next_request() throws SQLException {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String page = "/api/t/" + t.a() + "/members";
    assertEquals(200, t.adminA().get(page).status());
    update("UPDATE tenant SET status = 'suspended' WHERE slug = ?", t.a());
    assertEquals(401, t.adminA().get(page).status());
  }

  @Test
  void a_read_whose_entry_cannot_be_written_shows_nothing_and_other_tenants_read_on() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    assertEquals(201, t.adminB().post("/api/t/" + t.b() + "/members",
        jakarta.json.Json.createObjectBuilder().add("workingName", "Unseen").build()).status());
    // the database refuses B's entries only, as a full disk or a broken table would
    try (Connection c = database(); Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER read_path_it_refuses_b BEFORE INSERT ON audit_pending FOR EACH ROW"
          + " IF NEW.tenant_id = (SELECT id FROM tenant WHERE slug = '" + t.b() + "') THEN"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF");
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<org.sahakum.testkit.ApiResponse>> a = new ArrayList<>();
      List<Future<org.sahakum.testkit.ApiResponse>> b = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        a.add(pool.submit(() -> t.adminA().get("/api/t/" + t.a() + "/members")));
        b.add(pool.submit(() -> t.adminB().get("/api/t/" + t.b() + "/members")));
      }
      for (Future<org.sahakum.testkit.ApiResponse> f : a) {
        assertEquals(200, f.get().status(), "A's reads go on while B's trail cannot be written");
      }
      for (Future<org.sahakum.testkit.ApiResponse> f : b) {
        org.sahakum.testkit.ApiResponse refused = f.get();
        assertEquals(503, refused.status(), refused.toString());
        assertTrue(refused.body().contains("audit trail"), refused.toString());
        assertTrue(!refused.body().contains("Unseen"), "nothing of the register is shown");
      }
    } finally {
      pool.shutdownNow();
      try (Connection c = database(); Statement s = c.createStatement()) {
        s.execute("DROP TRIGGER read_path_it_refuses_b");
      }
    }
  }

  /**
   * Someone holds A's chain head (a long chaining on another server, or a person at the database):
   * A's and B's reads and A's writes still answer at once, and every one of them is in A's chain,
   * intact, once the head is free again.
   */
  @Test
  void a_held_chain_head_delays_no_read_and_no_write() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    int listedBefore = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.listed&limit=1000").array().size();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (Connection holder = database()) {
      holder.setAutoCommit(false);
      try (PreparedStatement hold = holder.prepareStatement(
          "SELECT last_seq FROM audit_chain WHERE tenant_id = (SELECT id FROM tenant WHERE slug = ?) FOR UPDATE")) {
        hold.setString(1, t.a());
        hold.executeQuery().close();
      }
      List<Future<org.sahakum.testkit.ApiResponse>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> t.adminA().get("/api/t/" + t.a() + "/members?limit=5")));
        answers.add(pool.submit(() -> t.adminB().get("/api/t/" + t.b() + "/members?limit=5")));
      }
      answers.add(pool.submit(() -> t.adminA().post("/api/t/" + t.a() + "/members",
          jakarta.json.Json.createObjectBuilder().add("workingName", "Written while held").build())));
      for (Future<org.sahakum.testkit.ApiResponse> f : answers) {
        // far below the database's lock wait (50 s): nobody queued behind the held head
        org.sahakum.testkit.ApiResponse r = f.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(r.status() == 200 || r.status() == 201, r.toString());
      }
      holder.rollback();
    } finally {
      pool.shutdownNow();
    }
    var listed = t.adminA().get("/api/t/" + t.a() + "/audit?action=member.listed&limit=1000").array();
    assertEquals(listedBefore + 6, listed.size(), "each read held up by nothing is still on record");
    assertEquals(1, t.adminA().get("/api/t/" + t.a() + "/audit?action=member.created&limit=10").array().size());
    JsonObject verdict = t.adminA().get("/api/t/" + t.a() + "/audit/verify").object();
    assertTrue(verdict.getBoolean("intact"), verdict.toString());
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }

  private static final String ADMIN_OF =
      "(SELECT a.id FROM account a JOIN tenant t ON t.id = a.tenant_id WHERE t.slug = ? AND a.username = 'admin')";

  private static void update(String sql, String slug) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
            + System.getProperty("sahakum.test.db.port") + "/sahakum", "sahakum", "test");
        PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, slug);
      assertTrue(p.executeUpdate() >= 1, "the change reached a row");
    }
  }
}
