package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the embedded database and no server running, verify-audit starts MariaDB for the check
 * and stops it after.
 */
class VerifyAuditWithoutServerTest {
  @TempDir static Path data;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void aStoppedServersData() throws Exception {
    try (EmbeddedDatabase db =
            EmbeddedDatabase.start(EmbeddedDatabase.filesIn(data), EmbeddedDatabase.binariesIn(data));
        Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "x")) {
      AuditTables tables = new AuditTables(c);
      tables.create();
      tables.tenantWithChain("alpha", 4);
      tables.tenantWithChain("beta", 2);
      tables.moveHead(tables.tenantWithChain("cut", 3), 1);
    }
    AuditTables.writeMasterKey(data.resolve("master.key"));
  }

  @Test
  void the_check_starts_the_embedded_database_and_stops_it_after() throws Exception {
    assertEquals(VerifyAuditCommand.SOME_BROKEN, verifyAudit(), text(err));
    assertEquals(List.of("alpha: intact, 4 entries", "beta: intact, 2 entries",
        "cut: BROKEN at entry 4: entries after 3 are missing"), text(out).lines().toList());
    assertTrue(text(err).contains("starting the embedded MariaDB for this command"), text(err));
    assertTrue(mariadbProcessesOn(data).isEmpty(), "MariaDB still runs: " + mariadbProcessesOn(data));
  }

  @Test
  void a_port_file_left_by_a_killed_launcher_is_ignored() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(data.resolve(DbPortFile.NAME), "port=1\npid=" + gone.pid() + "\n");
    try {
      assertEquals(VerifyAuditCommand.ALL_INTACT, verifyAudit("--tenant", "alpha"), text(err));
      assertEquals(List.of("alpha: intact, 4 entries"), text(out).lines().toList());
    } finally {
      Files.delete(data.resolve(DbPortFile.NAME));
    }
  }

  @Test
  void a_data_folder_without_a_database_is_a_plain_message_and_exit_code_2() {
    Settings elsewhere = Settings.load(data, Map.of("SAHAKUM_DATA_DIR", data.resolve("elsewhere").toString()));
    int code = VerifyAuditCommand.run(elsewhere, List.of(), print(out), print(err));
    assertEquals(VerifyAuditCommand.CANNOT_CHECK, code);
    assertTrue(text(err).startsWith("sahakum verify-audit: no embedded database in "), text(err));
    assertTrue(Files.notExists(data.resolve("elsewhere")), "nothing is created for a wrong folder");
  }

  @Test
  void bad_arguments_are_exit_code_2_with_the_usage() {
    Settings settings = Settings.load(data, Map.of("SAHAKUM_DATA_DIR", data.toString()));
    for (List<String> args : List.of(List.of("--tenant"), List.of("--tenant", ""), List.of("--all"),
        List.of("--tenant", "a", "b"))) {
      err.reset();
      assertEquals(VerifyAuditCommand.CANNOT_CHECK, VerifyAuditCommand.run(settings, args, print(out), print(err)),
          args.toString());
      assertTrue(text(err).contains(VerifyAuditCommand.USAGE), text(err));
    }
    assertEquals("", text(out));
  }

  private int verifyAudit(String... args) {
    Settings settings = Settings.load(data, Map.of("SAHAKUM_DATA_DIR", data.toString()));
    return VerifyAuditCommand.run(settings, List.of(args), print(out), print(err));
  }

  private static List<String> mariadbProcessesOn(Path data) {
    return ProcessHandle.allProcesses()
        .map(p -> p.info().commandLine().orElse(""))
        .filter(c -> c.contains("mariadbd") && c.contains(data.toString()))
        .toList();
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
