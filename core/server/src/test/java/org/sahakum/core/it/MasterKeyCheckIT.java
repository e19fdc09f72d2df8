package org.sahakum.core.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahakum.auditchain.Hkdf;

/**
 * The database records which master key it was sealed with, as a value derived from the key and
 * never the key, in one row only: a node started with another key compares and refuses to start.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MasterKeyCheckIT {

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return CoreIT.deployment();
  }

  @Test
  void the_started_server_recorded_its_keys_check_value_and_not_the_key() throws Exception {
    byte[] key = Base64.getDecoder().decode(Files.readString(
        Path.of(System.getProperty("java.io.tmpdir"), "it-data", "master.key"), StandardCharsets.US_ASCII).trim());
    String expected = HexFormat.of().formatHex(Hkdf.sha256(new byte[32], key,
        "sahakum master key check v1".getBytes(StandardCharsets.US_ASCII)));
    try (Connection c = database(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, check_value FROM master_key_check")) {
      r.next();
      assertEquals(1, r.getInt(1));
      assertEquals(expected, r.getString(2));
      assertNotEquals(HexFormat.of().formatHex(key), r.getString(2));
      assertEquals(false, r.next(), "one row");
    }
  }

  @Test
  void the_table_holds_one_row_only() throws SQLException {
    try (Connection c = database(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate(
          "INSERT INTO master_key_check VALUES (2, REPEAT('0', 64), NOW(6))"));
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port")
        + "/sahakum", "sahakum", "test");
  }
}
