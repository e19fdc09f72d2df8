package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} against real embedded MariaDBs: a stopped server's data, with
 * audit chains, Khmer text and a trigger, goes into an encrypted file and comes back whole in a
 * fresh data folder; a damaged backup, another master key and a non-empty database change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {
  private static final String KHMER = "សុខា ដារា";
  @TempDir static Path source;
  @TempDir static Path target;
  @TempDir static Path elsewhere;
  private static Path backup;
  private static Map<String, Long> sourceCounts;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void aStoppedServersData() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(EmbeddedDatabase.filesIn(source), EmbeddedDatabase.binariesIn(source));
        Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "x")) {
      AuditTables tables = new AuditTables(c);
      tables.create();
      tables.tenantWithChain("alpha", 4);
      tables.tenantWithChain("beta", 2);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE note (id BIGINT PRIMARY KEY, body VARCHAR(200) NOT NULL) DEFAULT CHARSET=utf8mb4");
        s.execute("CREATE TABLE note_count (n BIGINT NOT NULL)");
        s.execute("CREATE TRIGGER note_added AFTER INSERT ON note FOR EACH ROW INSERT INTO note_count VALUES (NEW.id)");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO note VALUES (?, ?)")) {
        for (int i = 1; i <= 20_000; i++) { // about 2 MB of dump: more than one part of the file
          insert.setLong(1, i);
          insert.setString(2, KHMER + " " + i + " " + "x".repeat(60));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      sourceCounts = counts(c);
    }
    AuditTables.writeMasterKey(source.resolve("master.key"));
    AuditTables.writeMasterKey(target.resolve("master.key"));
    backup = elsewhere.resolve("sahakum.backup");
  }

  @Test
  @Order(1)
  void a_backup_is_written_encrypted_readable_by_its_owner_only_and_never_over_a_file() throws Exception {
    assertEquals(BackupCommand.WRITTEN, BackupCommand.run(settings(source), List.of(backup.toString()), print(out), print(err)),
        text(err));
    assertTrue(text(out).contains("backup written to " + backup), text(out));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
    assertFalse(Files.exists(elsewhere.resolve("sahakum.backup.partial")));
    String bytes = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
    assertFalse(bytes.contains("INSERT") || bytes.contains("note_count")
        || bytes.contains(new String(KHMER.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)), "plain text in the backup");

    err.reset();
    assertEquals(BackupCommand.FAILED, BackupCommand.run(settings(source), List.of(backup.toString()), print(out), print(err)));
    assertTrue(text(err).contains("exists already"), text(err));
  }

  @Test
  @Order(2)
  void a_damaged_backup_or_another_master_key_restores_nothing() throws Exception {
    byte[] damaged = Files.readAllBytes(backup);
    damaged[damaged.length / 2] ^= 1;
    Path bad = Files.write(elsewhere.resolve("damaged.backup"), damaged);
    Path fresh = elsewhere.resolve("fresh");
    Files.createDirectories(fresh);
    AuditTables.writeMasterKey(fresh.resolve("master.key"));
    assertEquals(RestoreCommand.FAILED, RestoreCommand.run(settings(fresh), List.of(bad.toString()), print(out), print(err)));
    assertTrue(text(err).contains("damaged") && text(err).contains("nothing was restored"), text(err));

    Files.writeString(fresh.resolve("master.key"), java.util.Base64.getEncoder().encodeToString(new byte[32]));
    err.reset();
    assertEquals(RestoreCommand.FAILED, RestoreCommand.run(settings(fresh), List.of(backup.toString()), print(out), print(err)));
    assertTrue(text(err).contains("cannot be opened with this master key"), text(err));
    assertFalse(Files.exists(EmbeddedDatabase.filesIn(fresh)), "the database was touched");
  }

  @Test
  @Order(3)
  void it_restores_into_a_fresh_data_folder_with_every_row_and_every_chain_intact() throws Exception {
    assertEquals(RestoreCommand.RESTORED, RestoreCommand.run(settings(target), List.of(backup.toString()), print(out), print(err)),
        text(err));
    long rows = sourceCounts.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(text(out).contains("restored " + sourceCounts.size() + " tables, " + rows + " rows"), text(out));
    assertTrue(text(out).contains("alpha: intact, 4 entries") && text(out).contains("beta: intact, 2 entries"), text(out));
    try (EmbeddedDatabase db = EmbeddedDatabase.start(EmbeddedDatabase.filesIn(target), EmbeddedDatabase.binariesIn(target));
        Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "x")) {
      assertEquals(sourceCounts, counts(c));
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT body FROM note WHERE id = 7")) {
        r.next();
        assertTrue(r.getString(1).startsWith(KHMER + " 7 "), r.getString(1));
      }
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO note VALUES (20001, 'after the restore')");
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM note_count")) {
          r.next();
          assertEquals(20_001, r.getLong(1), "the trigger came back and works");
        }
      }
    }
  }

  @Test
  @Order(4)
  void a_database_that_holds_tables_is_never_restored_over() {
    assertEquals(RestoreCommand.FAILED, RestoreCommand.run(settings(target), List.of(backup.toString()), print(out), print(err)));
    assertTrue(text(err).contains("tables already"), text(err));
  }

  private static Map<String, Long> counts(Connection c) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : RestoreCommand.tables(c)) {
      counts.put(table, RestoreCommand.count(c, table));
    }
    return counts;
  }

  private static Settings settings(Path data) {
    return Settings.load(data, Map.of("SAHAKUM_DATA_DIR", data.toString()));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
