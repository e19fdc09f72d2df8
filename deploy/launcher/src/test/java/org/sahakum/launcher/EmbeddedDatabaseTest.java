package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded MariaDB keeps its data across a stop and a start, even in a folder under /tmp. */
class EmbeddedDatabaseTest {
  @TempDir Path folder;

  @Test
  void data_survives_a_restart() throws Exception {
    Path data = folder.resolve("db");
    Path base = folder.resolve("mariadb");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, base);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), "sahakum", "x");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept (name VARCHAR(50)) DEFAULT CHARSET=utf8mb4");
      s.execute("INSERT INTO kept VALUES ('សែនសុខ')");
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, base);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), "sahakum", "x");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM kept")) {
      r.next();
      assertEquals("សែនសុខ", r.getString(1));
    }
  }
}
