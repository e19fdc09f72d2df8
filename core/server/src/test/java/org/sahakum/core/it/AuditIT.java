package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The audit trail is append-only in the database, and tampering by someone who gets around that
 * (a database administrator who drops the trigger) is found by the verification call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void the_database_refuses_to_change_or_delete_audit_entries() throws SQLException {
    try (Connection c = database(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET action = 'x' WHERE seq = 1"));
      assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE seq = 1"));
    }
  }

  @Test
  void verification_finds_a_changed_entry() throws SQLException {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < 3; i++) {
      t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder().add("workingName", "M" + i).build());
    }
    JsonObject intact = t.adminA().get("/api/t/" + t.a() + "/audit/verify").object();
    assertTrue(intact.getBoolean("intact"), intact.toString());
    assertTrue(intact.getJsonNumber("entries").longValue() >= 5, intact.toString());

    try (Connection c = database(); Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER audit_event_append_only_update");
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE audit_event SET target_id = '999' WHERE tenant_id = (SELECT id FROM tenant WHERE slug = ?) AND seq = 3")) {
        p.setString(1, t.a());
        assertEquals(1, p.executeUpdate());
      } finally {
        s.execute("CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
      }
    }
    JsonObject broken = t.adminA().get("/api/t/" + t.a() + "/audit/verify").object();
    assertFalse(broken.getBoolean("intact"), broken.toString());
    assertEquals(3, broken.getJsonNumber("firstBrokenSeq").longValue(), broken.toString());
    assertTrue(t.adminB().get("/api/t/" + t.b() + "/audit/verify").object().getBoolean("intact"), "B's chain is its own");
  }

  /**
   * Someone who can write the database rewrites entry 3 and every entry after it, and the head, with
   * the plain SHA-256 anyone can compute: without the master key, the keyed chain still shows it.
   */
  @Test
  void a_rewrite_with_recomputed_plain_hashes_is_found() throws SQLException {
    ApiClient anon = ApiClient.anonymous(base);
    TwoTenants t = TwoTenants.create(anon);
    for (int i = 0; i < 3; i++) {
      t.adminA().post("/api/t/" + t.a() + "/members", Json.createObjectBuilder().add("workingName", "M" + i).build());
    }
    assertTrue(t.adminA().get("/api/t/" + t.a() + "/audit/verify").object().getBoolean("intact"));

    try (Connection c = database(); Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER audit_event_append_only_update");
      try {
        PlainRewrite.fromEntry(c, t.a(), 3, "999");
      } finally {
        s.execute("CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
      }
    }
    JsonObject broken = t.adminA().get("/api/t/" + t.a() + "/audit/verify").object();
    assertFalse(broken.getBoolean("intact"), "a rewrite with plain SHA-256 hashes passed: " + broken);
    assertEquals(3, broken.getJsonNumber("firstBrokenSeq").longValue(), broken.toString());
    assertTrue(t.adminB().get("/api/t/" + t.b() + "/audit/verify").object().getBoolean("intact"), "B's chain is its own");
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port") + "/sahakum",
        "sahakum", "test");
  }
}
