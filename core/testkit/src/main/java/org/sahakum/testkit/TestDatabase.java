package org.sahakum.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.sahakum.launcher.EmbeddedDatabase;
import org.sahakum.launcher.PayaraBootCommands;

/**
 * Starts one embedded MariaDB for a whole test run, with the same code as {@code bin/sahakum},
 * before Arquillian starts Payara, and stops it at the end. It runs only for integration tests
 * (when failsafe names the WAR under test in {@code sahakum.test.war}); unit tests start nothing.
 *
 * <p>It publishes {@code sahakum.test.db.port}, a fresh {@code sahakum.test.admin.password} and
 * {@code sahakum.test.boot.options} (the Payara settings {@code bin/sahakum} starts with), which
 * {@code arquillian.xml} hands to Payara.
 */
public class TestDatabase implements LauncherSessionListener {
  private EmbeddedDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("sahakum.test.war") == null || database != null) {
      return;
    }
    try {
      Path root = Path.of(System.getProperty("java.io.tmpdir"), "it-mariadb");
      Files.createDirectories(root);
      Path data = Files.createTempDirectory(root, "data-");
      database = EmbeddedDatabase.start(data, root.resolve("base"));
      // the server's own first connection would create the database, but tests reach it over JDBC too
      try (java.sql.Connection created = java.sql.DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "it")) {
        created.isValid(5);
      }
      System.setProperty("sahakum.test.db.port", Integer.toString(database.port()));
      byte[] secret = new byte[12];
      new SecureRandom().nextBytes(secret);
      System.setProperty("sahakum.test.admin.password", "it-" + HexFormat.of().formatHex(secret));
      // Payara Micro options, space-separated as arquillian.xml's extraMicroOptions takes them (paths without spaces)
      System.setProperty("sahakum.test.boot.options", String.join(" ", PayaraBootCommands.options(root.resolve("boot"))));
    } catch (Exception e) {
      throw new IllegalStateException("could not start the embedded MariaDB for the tests", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("could not stop the test MariaDB: " + e.getMessage());
      }
      database = null;
    }
  }
}
