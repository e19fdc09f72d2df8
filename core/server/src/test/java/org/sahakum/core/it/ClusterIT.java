package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * What several app nodes on a Galera cluster need of the core: a POST repeated with its
 * Idempotency-Key is done once, a transaction the database rolled back (a deadlock, as Galera's
 * certification failure also answers) is replayed whole and the client sees success, and a key
 * rotation whose node died is taken over and goes on from its last stored step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void a_post_repeated_with_its_idempotency_key_is_done_once() throws SQLException {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String register = "/api/t/" + t.a() + "/members";
    String key = UUID.randomUUID().toString();
    JsonObject body = Json.createObjectBuilder().add("workingName", "Sokha").add("phone", "012 345 678").build();
    ApiResponse first = t.adminA().post(register, body, Map.of("Idempotency-Key", key));
    assertEquals(201, first.status(), first.toString());
    ApiResponse again = t.adminA().post(register, body, Map.of("Idempotency-Key", key));
    assertEquals(201, again.status(), again.toString());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(first.object().getJsonNumber("id").longValue(), again.object().getJsonNumber("id").longValue());
    assertEquals(first.object().getString("memberCode"), again.object().getString("memberCode"));
    assertEquals(1, count("SELECT COUNT(*) FROM member m JOIN tenant t ON t.id = m.org_id WHERE t.slug = ?", t.a()),
        "one member for two sends");

    ApiResponse other = t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Dara").build(),
        Map.of("Idempotency-Key", key));
    assertEquals(422, other.status(), other.toString());
    assertTrue(other.object().getString("detail").contains("Idempotency-Key"), other.toString());
    ApiResponse malformed = t.adminA().post(register, body, Map.of("Idempotency-Key", "short"));
    assertEquals(400, malformed.status(), malformed.toString());
    ApiResponse elsewhere = t.adminB().post("/api/t/" + t.b() + "/members", body, Map.of("Idempotency-Key", key));
    assertEquals(201, elsewhere.status(), "another tenant's account has keys of its own: " + elsewhere);
    assertEquals(null, elsewhere.headers().firstValue("Idempotent-Replayed").orElse(null));
    try (Connection c = database(); PreparedStatement s = c.prepareStatement(
        "SELECT sealed_body FROM idempotent_answer WHERE idem_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          assertTrue(!new String(r.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Sokha"),
              "the stored answer is sealed");
        }
      }
    }
  }

  @Test
  void a_write_the_database_rolled_back_in_a_deadlock_is_replayed_and_succeeds() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String register = "/api/t/" + t.a() + "/members";
    assertEquals(201, t.adminA().post(register, Json.createObjectBuilder().add("workingName", "First").build()).status());
    long org = count("SELECT id FROM tenant WHERE slug = ?", t.a());
    try (Connection c = database()) {
      c.setAutoCommit(false);
      // this transaction holds the audit chain and weighs more than the request's: InnoDB picks the
      // request as the deadlock's victim
      exec(c, "SELECT last_seq FROM audit_chain WHERE tenant_id = ? FOR UPDATE", org);
      for (int i = 0; i < 200; i++) {
        exec(c, "INSERT INTO once_claim (name) VALUES (?)", "it-weight-" + org + "-" + i);
      }
      CompletableFuture<ApiResponse> created = CompletableFuture.supplyAsync(() -> t.adminA().post(register,
          Json.createObjectBuilder().add("workingName", "Through a deadlock").build()));
      Thread.sleep(2000); // the request takes the member numbering, then waits for the audit chain
      exec(c, "SELECT next_value FROM member_sequence WHERE org_id = ? FOR UPDATE", org); // the deadlock
      Thread.sleep(1000);
      c.rollback();
      ApiResponse answer = created.get();
      assertEquals(201, answer.status(), "the request was replayed after its deadlock: " + answer);
    }
    assertEquals(2, count("SELECT COUNT(*) FROM member WHERE org_id = ?", org), "kept once");
    assertEquals(0, count("SELECT COUNT(*) FROM once_claim WHERE name LIKE ?", "it-weight-" + org + "-%"));
  }

  @Test
  void a_key_rotation_whose_node_died_is_taken_over_from_its_last_step() throws Exception {
    TwoTenants t = TwoTenants.create(ApiClient.anonymous(base));
    String register = "/api/t/" + t.a() + "/members";
    for (int i = 0; i < 5; i++) {
      assertEquals(201, t.adminA().post(register, Json.createObjectBuilder().add("workingName", "Member " + i)
          .add("legalName", "Legal " + i).build()).status());
    }
    long org = count("SELECT id FROM tenant WHERE slug = ?", t.a());
    assertEquals(202, t.adminA().call("POST", "/api/t/" + t.a() + "/keys/rotation", null).status());
    assertEquals("done", waitForRotation(t, Duration.ofSeconds(30)).getString("state"));
    long second = count("SELECT id FROM member WHERE org_id = ? ORDER BY id LIMIT 1 OFFSET 1", org);
    // as a node that died after re-sealing two members would have left it
    try (Connection c = database()) {
      exec(c, "UPDATE key_rotation_run SET state = 'running', done = 2, store_index = 0, after_id = ?, "
          + "node = 'a-node-that-died', heartbeat = NOW(6) - INTERVAL 1 HOUR, ended_at = NULL WHERE org_id = ?",
          second, org);
    }
    JsonObject resumed = waitForRotation(t, Duration.ofSeconds(120));
    assertEquals("done", resumed.getString("state"), resumed.toString());
    assertEquals(5, resumed.getInt("done"), "went on after the second member, not from the start: " + resumed);
    assertNotEquals(0, count("SELECT COUNT(*) FROM key_rotation_run WHERE org_id = ? AND node <> 'a-node-that-died'", org));
    ApiResponse revealed = t.adminA().post(register + "/" + second + "/identity",
        Json.createObjectBuilder().add("reason", "Checking the taken-over rotation").build());
    assertEquals("Legal 1", revealed.object().getString("legalName"), revealed.toString());
  }

  private JsonObject waitForRotation(TwoTenants t, Duration limit) throws InterruptedException {
    JsonObject rotation = null;
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      rotation = t.adminA().get("/api/t/" + t.a() + "/keys").object().getJsonObject("rotation");
      if (!"running".equals(rotation.getString("state"))) {
        return rotation;
      }
      Thread.sleep(500);
    }
    return rotation;
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.execute();
    }
  }

  private static long count(String sql, Object... args) throws SQLException {
    try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }
}
