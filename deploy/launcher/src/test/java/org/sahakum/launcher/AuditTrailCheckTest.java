package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify-audit against a live embedded MariaDB: the check itself, and the command reaching the
 * database as with a running server (db.port) and as an external database (SAHAKUM_DB_URL).
 */
class AuditTrailCheckTest {
  @TempDir static Path data;
  private static EmbeddedDatabase db;
  private static Connection connection;
  private static AuditTables tables;
  private static long alpha;
  private static Path masterKey;
  private static long trimmed;
  private static String trimmedHeadBefore;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void chains() throws Exception {
    db = EmbeddedDatabase.start(EmbeddedDatabase.filesIn(data), EmbeddedDatabase.binariesIn(data));
    connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "x");
    tables = new AuditTables(connection);
    tables.create();
    alpha = tables.tenantWithChain("alpha", 7);
    tables.tenantWithChain("beta", 3);
    tables.tenantWithChain("fresh", 0);
    // a database made before chains were keyed: plain entries, then keyed ones since the upgrade
    tables.tenantWithChain("legacy", 4, 2);
    tables.tenantWithChain("upgraded", 3, 0);
    // entries 4 and 5 cut off and the head set back: intact by itself, not against its kept head
    trimmed = tables.tenantWithChain("trimmed", 5);
    trimmedHeadBefore = tables.hashOf(trimmed, 5);
    tables.cutOff(trimmed, 3);
    masterKey = AuditTables.writeMasterKey(data.resolve("master.key"));
  }

  @AfterAll
  static void stop() throws Exception {
    connection.close();
    db.close();
  }

  @Test
  void intact_chains_pass_with_one_line_per_tenant() throws Exception {
    assertEquals(VerifyAuditCommand.ALL_INTACT, check(Optional.empty(), 1000));
    assertEquals(List.of("alpha: intact, 7 entries", "beta: intact, 3 entries", "fresh: intact, 0 entries",
        "legacy: intact, 6 entries", "upgraded: intact, 3 entries", "trimmed: intact, 3 entries"), lines(out));
  }

  @Test
  void entries_waiting_to_be_chained_are_counted_beside_the_verdict() throws Exception {
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE audit_pending (id BIGINT NOT NULL AUTO_INCREMENT, tenant_id BIGINT NOT NULL,"
          + " at DATETIME(6) NOT NULL, action VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
      s.execute("INSERT INTO audit_pending (tenant_id, at, action) VALUES (" + alpha + ", NOW(6), 'member.created'), ("
          + alpha + ", NOW(6), 'member.listed')");
      assertEquals(VerifyAuditCommand.ALL_INTACT, check(Optional.of("alpha"), 1000));
      assertEquals(List.of("alpha: intact, 7 entries, 2 waiting to be chained"), lines(out));
    } finally {
      try (java.sql.Statement s = connection.createStatement()) {
        s.execute("DROP TABLE IF EXISTS audit_pending");
      }
    }
  }

  @Test
  void audit_head_prints_each_intact_chains_head_to_keep() throws Exception {
    assertEquals(VerifyAuditCommand.ALL_INTACT, VerifyAuditCommand.printHeads(external(), List.of("--tenant", "alpha"),
        print(out), print(err)), text(err));
    assertEquals(List.of("alpha 7 " + tables.hashOf(alpha, 7)), lines(out));
  }

  @Test
  void heads_kept_elsewhere_show_entries_cut_off_with_the_head() throws Exception {
    Path kept = Files.writeString(data.resolve("kept-heads"), "# kept on paper\n"
        + "alpha 7 " + tables.hashOf(alpha, 7) + "\ntrimmed 5 " + trimmedHeadBefore + "\n");
    assertEquals(VerifyAuditCommand.ALL_INTACT, VerifyAuditCommand.run(external(),
        List.of("--tenant", "alpha", "--against", kept.toString()), print(out), print(err)), text(err));
    assertEquals(List.of("alpha: intact, 7 entries"), lines(out));
    out.reset();
    assertEquals(VerifyAuditCommand.SOME_BROKEN, VerifyAuditCommand.run(external(),
        List.of("--against=" + kept, "--tenant=trimmed"), print(out), print(err)), text(err));
    assertEquals(List.of("trimmed: BROKEN at entry 4: entries after 3 are missing (the kept head is entry 5)"),
        lines(out));
  }

  @Test
  void a_kept_head_that_differs_is_named() throws Exception {
    Path kept = Files.writeString(data.resolve("other-heads"), "alpha 3 " + "a".repeat(64) + "\n");
    assertEquals(VerifyAuditCommand.SOME_BROKEN, VerifyAuditCommand.run(external(),
        List.of("--tenant", "alpha", "--against", kept.toString()), print(out), print(err)), text(err));
    assertEquals(List.of("alpha: BROKEN at entry 3: entry 3 differs from the kept head"), lines(out));
  }

  @Test
  void a_rewrite_with_recomputed_plain_hashes_and_head_is_found() throws Exception {
    AuditTables.Saved saved = tables.rewritePlain(alpha, 4, "member.created");
    try {
      assertEquals(VerifyAuditCommand.SOME_BROKEN, check(Optional.of("alpha"), 1000));
      assertEquals(List.of("alpha: BROKEN at entry 4: entry 4 was changed"), lines(out));
    } finally {
      tables.restore(saved);
    }
  }

  @Test
  void without_the_master_key_the_check_cannot_be_made() {
    Settings noKey = Settings.load(data.resolve("no-home"), Map.of("SAHAKUM_DB_URL", db.jdbcUrl(),
        "SAHAKUM_DB_USER", "auditor", "SAHAKUM_DB_PASSWORD", "secret",
        "SAHAKUM_MASTER_KEY_FILE", data.resolve("missing.key").toString()));
    assertEquals(VerifyAuditCommand.CANNOT_CHECK, VerifyAuditCommand.run(noKey, List.of(), print(out), print(err)));
    assertTrue(text(err).startsWith("sahakum verify-audit: no master key at "), text(err));
    assertEquals("", text(out));
  }

  @Test
  void another_master_key_finds_every_keyed_chain_changed() throws Exception {
    Path other = Files.writeString(data.resolve("other.key"), java.util.Base64.getEncoder().encodeToString(new byte[32]));
    Settings wrongKey = Settings.load(data.resolve("no-home"), Map.of("SAHAKUM_DB_URL", db.jdbcUrl(),
        "SAHAKUM_DB_USER", "auditor", "SAHAKUM_DB_PASSWORD", "secret", "SAHAKUM_MASTER_KEY_FILE", other.toString()));
    assertEquals(VerifyAuditCommand.SOME_BROKEN, VerifyAuditCommand.run(wrongKey, List.of("--tenant", "alpha"),
        print(out), print(err)), text(err));
    assertEquals(List.of("alpha: BROKEN at entry 1: entry 1 was changed"), lines(out));
  }

  @Test
  void a_changed_entry_is_named_and_the_exit_code_is_1() throws Exception {
    String action = tables.changeAction(alpha, 4, "member.created");
    try {
      assertEquals(VerifyAuditCommand.SOME_BROKEN, check(Optional.empty(), 1000));
      assertEquals(List.of("alpha: BROKEN at entry 4: entry 4 was changed", "beta: intact, 3 entries",
          "fresh: intact, 0 entries", "legacy: intact, 6 entries", "upgraded: intact, 3 entries",
          "trimmed: intact, 3 entries"), lines(out));
    } finally {
      tables.changeAction(alpha, 4, action);
    }
  }

  @Test
  void a_walk_across_pages_finds_the_same() throws Exception {
    assertEquals(VerifyAuditCommand.ALL_INTACT, check(Optional.of("alpha"), 2));
    String action = tables.changeAction(alpha, 6, "member.created");
    try {
      out.reset();
      assertEquals(VerifyAuditCommand.SOME_BROKEN, check(Optional.of("alpha"), 2));
      assertEquals(List.of("alpha: BROKEN at entry 6: entry 6 was changed"), lines(out));
    } finally {
      tables.changeAction(alpha, 6, action);
    }
  }

  @Test
  void one_tenant_can_be_checked_alone() throws Exception {
    assertEquals(VerifyAuditCommand.ALL_INTACT, check(Optional.of("beta"), 1000));
    assertEquals(List.of("beta: intact, 3 entries"), lines(out));
  }

  @Test
  void an_unknown_tenant_is_a_failure_to_check() {
    CommandFailure e = assertThrows(CommandFailure.class, () -> check(Optional.of("gamma"), 1000));
    assertEquals("no tenant 'gamma'", e.getMessage());
  }

  @Test
  void the_command_reads_the_running_servers_embedded_database() throws Exception {
    DbPortFile.write(data, db.port(), ProcessHandle.current().pid());
    try {
      int code = VerifyAuditCommand.run(settings(Map.of("SAHAKUM_DATA_DIR", data.toString())), List.of("--tenant",
          "alpha"), print(out), print(err));
      assertEquals(VerifyAuditCommand.ALL_INTACT, code, text(err));
      assertEquals(List.of("alpha: intact, 7 entries"), lines(out));
      assertTrue(text(err).contains("running server"), text(err));
    } finally {
      Files.delete(data.resolve(DbPortFile.NAME));
    }
  }

  @Test
  void the_command_reads_an_external_database() {
    Settings external = settings(Map.of("SAHAKUM_DB_URL", db.jdbcUrl(), "SAHAKUM_DB_USER", "auditor",
        "SAHAKUM_DB_PASSWORD", "secret"));
    assertEquals(VerifyAuditCommand.ALL_INTACT, VerifyAuditCommand.run(external, List.of(), print(out), print(err)),
        text(err));
    assertEquals(6, lines(out).size());
  }

  @Test
  void the_command_says_so_when_the_tampered_trail_is_read_through_it() throws Exception {
    String action = tables.changeAction(alpha, 2, "member.created");
    try {
      Settings external = settings(Map.of("SAHAKUM_DB_URL", db.jdbcUrl(), "SAHAKUM_DB_USER", "auditor",
          "SAHAKUM_DB_PASSWORD", "secret"));
      assertEquals(VerifyAuditCommand.SOME_BROKEN, VerifyAuditCommand.run(external, List.of("--tenant=alpha"),
          print(out), print(err)), text(err));
      assertEquals(List.of("alpha: BROKEN at entry 2: entry 2 was changed"), lines(out));
    } finally {
      tables.changeAction(alpha, 2, action);
    }
  }

  @Test
  void an_unreachable_database_is_a_plain_message_and_exit_code_2() throws Exception {
    Settings unreachable = settings(Map.of("SAHAKUM_DB_URL", EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.freePort()),
        "SAHAKUM_DB_USER", "auditor", "SAHAKUM_DB_PASSWORD", "secret"));
    assertEquals(VerifyAuditCommand.CANNOT_CHECK, VerifyAuditCommand.run(unreachable, List.of(), print(out),
        print(err)));
    assertTrue(text(err).startsWith("sahakum verify-audit: cannot connect to the database given by SAHAKUM_DB_URL"),
        text(err));
    assertFalse(text(err).contains("\tat "), "no stack trace: " + text(err));
    assertEquals("", text(out));
  }

  @Test
  void an_external_database_without_credentials_is_refused() {
    Settings noUser = settings(Map.of("SAHAKUM_DB_URL", db.jdbcUrl()));
    assertEquals(VerifyAuditCommand.CANNOT_CHECK, VerifyAuditCommand.run(noUser, List.of(), print(out), print(err)));
    assertEquals("sahakum verify-audit: SAHAKUM_DB_USER must be set with SAHAKUM_DB_URL", text(err).strip());
  }

  @Test
  void the_command_refuses_an_unknown_tenant_with_exit_code_2() {
    Settings external = settings(Map.of("SAHAKUM_DB_URL", db.jdbcUrl(), "SAHAKUM_DB_USER", "auditor",
        "SAHAKUM_DB_PASSWORD", "secret"));
    assertEquals(VerifyAuditCommand.CANNOT_CHECK,
        VerifyAuditCommand.run(external, List.of("--tenant", "gamma"), print(out), print(err)));
    assertEquals("sahakum verify-audit: no tenant 'gamma'", text(err).strip());
  }

  /** The check on a connection of its own, as the command gives it; {@link #tables} writes on another. */
  private int check(Optional<String> slug, int pageSize) throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "x")) {
      return new AuditTrailCheck(c, AuditTables.KEY, print(out), pageSize).run(slug);
    }
  }

  private Settings external() {
    return settings(Map.of("SAHAKUM_DB_URL", db.jdbcUrl(), "SAHAKUM_DB_USER", "auditor",
        "SAHAKUM_DB_PASSWORD", "secret"));
  }

  /** The settings {@code environment} gives, with the master key file the chains were keyed with. */
  private Settings settings(Map<String, String> environment) {
    Map<String, String> withKey = new java.util.HashMap<>(environment);
    withKey.put("SAHAKUM_MASTER_KEY_FILE", masterKey.toString());
    return Settings.load(data.resolve("no-home"), withKey);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return text(bytes).lines().toList();
  }
}
