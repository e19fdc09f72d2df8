package org.sahakum.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainKey;

/**
 * The three tables verify-audit reads, reduced to the columns it needs (as in the core's V1, V2
 * and V12_20 migrations, without the triggers that refuse changes), and valid chains written with the
 * server's own hashes and the chain key of {@link #MASTER_KEY}.
 */
final class AuditTables {
  static final byte[] MASTER_KEY = masterKey();
  static final ChainKey KEY = ChainKey.fromMasterKey(MASTER_KEY);

  private final Connection db;

  AuditTables(Connection db) {
    this.db = db;
  }

  void create() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE tenant (id BIGINT NOT NULL AUTO_INCREMENT, slug VARCHAR(63) NOT NULL,"
          + " PRIMARY KEY (id), UNIQUE KEY uk_tenant_slug (slug)) DEFAULT CHARSET=utf8mb4");
      s.execute("CREATE TABLE audit_chain (tenant_id BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
          + " last_hash CHAR(64) NOT NULL, keyed_from_seq BIGINT NOT NULL, keyed_mark CHAR(64) NULL,"
          + " PRIMARY KEY (tenant_id)) DEFAULT CHARSET=ascii");
      s.execute("CREATE TABLE audit_event (id BIGINT NOT NULL AUTO_INCREMENT, tenant_id BIGINT NOT NULL,"
          + " seq BIGINT NOT NULL, at DATETIME(6) NOT NULL, actor_account_id BIGINT NULL, action VARCHAR(100) NOT NULL,"
          + " target_type VARCHAR(50) NULL, target_id VARCHAR(64) NULL, prev_hash CHAR(64) NOT NULL,"
          + " hash CHAR(64) NOT NULL, reason VARCHAR(500) NULL, PRIMARY KEY (id),"
          + " UNIQUE KEY uk_audit_event_seq (tenant_id, seq)) DEFAULT CHARSET=utf8mb4");
    }
  }

  private static byte[] masterKey() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return key;
  }

  /** Writes {@link #MASTER_KEY} as the server keeps it: base64 in a file. */
  static Path writeMasterKey(Path file) throws java.io.IOException {
    return Files.writeString(file, Base64.getEncoder().encodeToString(MASTER_KEY) + "\n");
  }

  /**
   * A tenant whose chain holds {@code entries} keyed entries, written as AuditLog writes them:
   * entry 2 carries a reason, the first has no actor nor target.
   */
  long tenantWithChain(String slug, int entries) throws SQLException {
    return tenantWithChain(slug, 0, entries);
  }

  /**
   * A tenant of a database made before chains were keyed: {@code plain} entries with the plain
   * SHA-256, keyed from the next entry on (as core migrations 12.20 and 12.21 leave it), then
   * {@code keyed} entries written since.
   */
  long tenantWithChain(String slug, int plain, int keyed) throws SQLException {
    int entries = plain + keyed;
    long tenantId;
    try (PreparedStatement p = db.prepareStatement("INSERT INTO tenant (slug) VALUES (?)",
        Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, slug);
      p.executeUpdate();
      try (var keys = p.getGeneratedKeys()) {
        keys.next();
        tenantId = keys.getLong(1);
      }
    }
    String prev = ChainHash.GENESIS;
    String hashBeforeKeyed = ChainHash.GENESIS;
    // whole seconds, micros and a .120000 that Instant.toString prints short: all must read back alike
    Instant start = Instant.parse("2026-11-29T01:02:03Z");
    try (PreparedStatement p = db.prepareStatement("INSERT INTO audit_event (tenant_id, seq, at, actor_account_id,"
        + " action, target_type, target_id, prev_hash, hash, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (long seq = 1; seq <= entries; seq++) {
        Instant at = start.plusNanos((seq - 1) * 120_000_123L).truncatedTo(ChronoUnit.MICROS);
        Long actor = seq == 1 ? null : 42L;
        String action = seq == 1 ? "tenant.created" : "member.read";
        String targetType = seq == 1 ? null : "member";
        String targetId = seq == 1 ? null : Long.toString(seq);
        String reason = seq == 2 ? "court hearing ថ្ងៃច័ន្ទ" : null;
        String hash = seq <= plain ? ChainHash.of(prev, tenantId, seq, at, actor, action, targetType, targetId, reason)
            : ChainHash.keyed(KEY, prev, tenantId, seq, at, actor, action, targetType, targetId, reason);
        if (seq == plain) {
          hashBeforeKeyed = hash;
        }
        p.setLong(1, tenantId);
        p.setLong(2, seq);
        p.setObject(3, at.atOffset(ZoneOffset.UTC).toLocalDateTime());
        p.setObject(4, actor);
        p.setString(5, action);
        p.setString(6, targetType);
        p.setString(7, targetId);
        p.setString(8, prev);
        p.setString(9, hash);
        p.setString(10, reason);
        p.addBatch();
        prev = hash;
      }
      p.executeBatch();
    }
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO audit_chain (tenant_id, last_seq, last_hash, keyed_from_seq, keyed_mark) VALUES (?, ?, ?, ?, ?)")) {
      p.setLong(1, tenantId);
      p.setLong(2, entries);
      p.setString(3, prev);
      p.setLong(4, plain + 1);
      p.setString(5, ChainHash.keyedFromMark(KEY, tenantId, plain + 1, hashBeforeKeyed));
      p.executeUpdate();
    }
    return tenantId;
  }

  /** Changes one entry's action behind the chain's back; returns the action it had. */
  String changeAction(long tenantId, long seq, String action) throws SQLException {
    String old;
    try (PreparedStatement p = db.prepareStatement("SELECT action FROM audit_event WHERE tenant_id = ? AND seq = ?")) {
      p.setLong(1, tenantId);
      p.setLong(2, seq);
      try (var r = p.executeQuery()) {
        r.next();
        old = r.getString(1);
      }
    }
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE audit_event SET action = ? WHERE tenant_id = ? AND seq = ?")) {
      p.setString(1, action);
      p.setLong(2, tenantId);
      p.setLong(3, seq);
      p.executeUpdate();
    }
    return old;
  }

  /** An entry's columns the chain covers and the head, as they were before a rewrite. */
  record Saved(long tenantId, long fromSeq, List<String[]> rows, String[] head) {}

  /**
   * What a tamperer without the master key can do: changes entry {@code fromSeq}'s action and
   * recomputes its hash, every later one's and the head's with the plain SHA-256.
   */
  Saved rewritePlain(long tenantId, long fromSeq, String action) throws SQLException {
    List<String[]> rows = new java.util.ArrayList<>();
    String prev;
    try (PreparedStatement p = db.prepareStatement("SELECT seq, at, actor_account_id, action, target_type, target_id,"
        + " reason, prev_hash, hash FROM audit_event WHERE tenant_id = ? AND seq >= ? ORDER BY seq")) {
      p.setLong(1, tenantId);
      p.setLong(2, fromSeq);
      try (var r = p.executeQuery()) {
        while (r.next()) {
          rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getString(7), r.getString(8), r.getString(9)});
        }
      }
    }
    String[] head = head(tenantId);
    prev = rows.get(0)[7];
    for (String[] row : rows) {
      long seq = Long.parseLong(row[0]);
      Instant at = java.sql.Timestamp.valueOf(row[1]).toLocalDateTime().toInstant(ZoneOffset.UTC);
      String newAction = seq == fromSeq ? action : row[3];
      String hash = ChainHash.of(prev, tenantId, seq, at, row[2] == null ? null : Long.valueOf(row[2]), newAction,
          row[4], row[5], row[6]);
      setEntry(tenantId, seq, newAction, prev, hash);
      prev = hash;
    }
    setHead(tenantId, head[0], prev);
    return new Saved(tenantId, fromSeq, rows, head);
  }

  void restore(Saved saved) throws SQLException {
    for (String[] row : saved.rows()) {
      setEntry(saved.tenantId(), Long.parseLong(row[0]), row[3], row[7], row[8]);
    }
    setHead(saved.tenantId(), saved.head()[0], saved.head()[1]);
  }

  private String[] head(long tenantId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE tenant_id = ?")) {
      p.setLong(1, tenantId);
      try (var r = p.executeQuery()) {
        r.next();
        return new String[] {r.getString(1), r.getString(2)};
      }
    }
  }

  private void setEntry(long tenantId, long seq, String action, String prev, String hash) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE audit_event SET action = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND seq = ?")) {
      p.setString(1, action);
      p.setString(2, prev);
      p.setString(3, hash);
      p.setLong(4, tenantId);
      p.setLong(5, seq);
      p.executeUpdate();
    }
  }

  private void setHead(long tenantId, String lastSeq, String lastHash) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")) {
      p.setLong(1, Long.parseLong(lastSeq));
      p.setString(2, lastHash);
      p.setLong(3, tenantId);
      p.executeUpdate();
    }
  }

  String hashOf(long tenantId, long seq) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT hash FROM audit_event WHERE tenant_id = ? AND seq = ?")) {
      p.setLong(1, tenantId);
      p.setLong(2, seq);
      try (var r = p.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** Cuts the chain off after entry {@code keep} and sets the head back to it: a chain intact by itself. */
  void cutOff(long tenantId, long keep) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("DELETE FROM audit_event WHERE tenant_id = ? AND seq > ?")) {
      p.setLong(1, tenantId);
      p.setLong(2, keep);
      p.executeUpdate();
    }
    setHead(tenantId, Long.toString(keep), hashOf(tenantId, keep));
  }

  /** Moves the head's seq by {@code delta}, as if entries had been cut off the end (or restores it). */
  void moveHead(long tenantId, int delta) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE audit_chain SET last_seq = last_seq + ? WHERE tenant_id = ?")) {
      p.setInt(1, delta);
      p.setLong(2, tenantId);
      p.executeUpdate();
    }
  }
}
