package org.sahakum.core.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sahakum.auditchain.ChainHash;

/**
 * A tamperer with write access to the database and the source code, but not the master key: changes
 * one entry's target and recomputes that entry's hash, every later one and the head with the plain
 * SHA-256 of {@link ChainHash#of}. The update trigger must be out of the way.
 */
final class PlainRewrite {
  private PlainRewrite() {}

  static void fromEntry(Connection c, String slug, long fromSeq, String newTargetId) throws SQLException {
    long tenantId;
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
      p.setString(1, slug);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        tenantId = r.getLong(1);
      }
    }
    String prev;
    try (PreparedStatement p = c.prepareStatement("SELECT hash FROM audit_event WHERE tenant_id = ? AND seq = ?")) {
      p.setLong(1, tenantId);
      p.setLong(2, fromSeq - 1);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        prev = r.getString(1);
      }
    }
    long last = fromSeq - 1;
    try (PreparedStatement read = c.prepareStatement("SELECT seq, at, actor_account_id, action, target_type, target_id,"
            + " reason FROM audit_event WHERE tenant_id = ? AND seq >= ? ORDER BY seq");
        PreparedStatement write = c.prepareStatement(
            "UPDATE audit_event SET target_id = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND seq = ?")) {
      read.setLong(1, tenantId);
      read.setLong(2, fromSeq);
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          long seq = r.getLong(1);
          Instant at = r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
          long actor = r.getLong(3);
          Long actorOrNull = r.wasNull() ? null : actor;
          String targetId = seq == fromSeq ? newTargetId : r.getString(6);
          String hash = ChainHash.of(prev, tenantId, seq, at, actorOrNull, r.getString(4), r.getString(5), targetId,
              r.getString(7));
          write.setString(1, targetId);
          write.setString(2, prev);
          write.setString(3, hash);
          write.setLong(4, tenantId);
          write.setLong(5, seq);
          write.executeUpdate();
          prev = hash;
          last = seq;
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")) {
      p.setLong(1, last);
      p.setString(2, prev);
      p.setLong(3, tenantId);
      p.executeUpdate();
    }
  }
}
