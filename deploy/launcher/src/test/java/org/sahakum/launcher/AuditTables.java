package org.sahakum.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.sahakum.auditchain.ChainHash;

/**
 * The three tables verify-audit reads, reduced to the columns it needs (as in the core's V1 and
 * V2 migrations, without the triggers that refuse changes), and valid chains written with the
 * server's own hash.
 */
final class AuditTables {
  private final Connection db;

  AuditTables(Connection db) {
    this.db = db;
  }

  void create() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE tenant (id BIGINT NOT NULL AUTO_INCREMENT, slug VARCHAR(63) NOT NULL,"
          + " PRIMARY KEY (id), UNIQUE KEY uk_tenant_slug (slug)) DEFAULT CHARSET=utf8mb4");
      s.execute("CREATE TABLE audit_chain (tenant_id BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
          + " last_hash CHAR(64) NOT NULL, PRIMARY KEY (tenant_id)) DEFAULT CHARSET=ascii");
      s.execute("CREATE TABLE audit_event (id BIGINT NOT NULL AUTO_INCREMENT, tenant_id BIGINT NOT NULL,"
          + " seq BIGINT NOT NULL, at DATETIME(6) NOT NULL, actor_account_id BIGINT NULL, action VARCHAR(100) NOT NULL,"
          + " target_type VARCHAR(50) NULL, target_id VARCHAR(64) NULL, prev_hash CHAR(64) NOT NULL,"
          + " hash CHAR(64) NOT NULL, reason VARCHAR(500) NULL, PRIMARY KEY (id),"
          + " UNIQUE KEY uk_audit_event_seq (tenant_id, seq)) DEFAULT CHARSET=utf8mb4");
    }
  }

  /**
   * A tenant whose chain holds {@code entries} entries, written as AuditLog writes them: entry 2
   * carries a reason, the first has no actor nor target.
   */
  long tenantWithChain(String slug, int entries) throws SQLException {
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
        String hash = ChainHash.of(prev, tenantId, seq, at, actor, action, targetType, targetId, reason);
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
        "INSERT INTO audit_chain (tenant_id, last_seq, last_hash) VALUES (?, ?, ?)")) {
      p.setLong(1, tenantId);
      p.setLong(2, entries);
      p.setString(3, prev);
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
