package org.sahakum.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahakum.auditchain.AuditEntry;
import org.sahakum.auditchain.ChainHead;
import org.sahakum.auditchain.ChainVerdict;
import org.sahakum.auditchain.ChainVerifier;

/**
 * Verifies the audit chains straight from the database, with the server's own
 * {@link ChainVerifier}, and prints one line per tenant. Prints tenant slugs and sequence numbers
 * only: nothing of what the entries record.
 */
final class AuditTrailCheck {
  private static final String TENANTS = "SELECT t.id, t.slug, c.last_seq, c.last_hash FROM tenant t"
      + " LEFT JOIN audit_chain c ON c.tenant_id = t.id";
  private static final String ENTRIES = "SELECT seq, at, actor_account_id, action, target_type, target_id, reason,"
      + " prev_hash, hash FROM audit_event WHERE tenant_id = ? AND seq >= ? ORDER BY seq LIMIT ?";

  private final Connection db;
  private final PrintStream out;
  private final int pageSize;

  AuditTrailCheck(Connection db, PrintStream out) {
    this(db, out, ChainVerifier.PAGE_SIZE);
  }

  AuditTrailCheck(Connection db, PrintStream out, int pageSize) {
    this.db = db;
    this.out = out;
    this.pageSize = pageSize;
  }

  /** A tenant and the head of its chain (null when it has none). */
  private record Tenant(long id, String slug, ChainHead head) {}

  /**
   * Checks every tenant, or only the one with {@code slug}.
   *
   * @return {@link VerifyAuditCommand#ALL_INTACT} or {@link VerifyAuditCommand#SOME_BROKEN}
   * @throws CommandFailure when there is no tenant {@code slug}
   */
  int run(Optional<String> slug) throws SQLException, CommandFailure {
    // one read-only transaction: every tenant's entries and head come from the same snapshot, so
    // entries the running server appends meanwhile cannot look like a cut-off chain
    db.setReadOnly(true);
    db.setAutoCommit(false);
    db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      List<Tenant> tenants = tenants(slug);
      if (tenants.isEmpty()) {
        throw new CommandFailure(slug.isPresent() ? "no tenant '" + slug.get() + "'" : "the database holds no tenant");
      }
      boolean allIntact = true;
      for (Tenant t : tenants) {
        ChainVerdict verdict = ChainVerifier.verifyPaged(t.id(), (fromSeq, limit) -> entries(t.id(), fromSeq, limit),
            t::head, pageSize);
        out.println(line(t.slug(), verdict));
        allIntact &= verdict.intact();
      }
      return allIntact ? VerifyAuditCommand.ALL_INTACT : VerifyAuditCommand.SOME_BROKEN;
    } finally {
      db.rollback();
    }
  }

  static String line(String slug, ChainVerdict v) {
    String name = slug.replaceAll("\\p{Cntrl}", "?");
    return v.intact()
        ? name + ": intact, " + v.entries() + " entries"
        : name + ": BROKEN at entry " + v.firstBrokenSeq() + ": " + v.problem();
  }

  private List<Tenant> tenants(Optional<String> slug) throws SQLException {
    String sql = TENANTS + (slug.isPresent() ? " WHERE t.slug = ?" : "") + " ORDER BY t.id";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      if (slug.isPresent()) {
        q.setString(1, slug.get());
      }
      List<Tenant> tenants = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long lastSeq = r.getLong(3);
          ChainHead head = r.wasNull() ? null : new ChainHead(lastSeq, r.getString(4));
          tenants.add(new Tenant(r.getLong(1), r.getString(2), head));
        }
      }
      return tenants;
    }
  }

  private List<AuditEntry> entries(long tenantId, long fromSeq, int limit) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(ENTRIES)) {
      q.setLong(1, tenantId);
      q.setLong(2, fromSeq);
      q.setInt(3, limit);
      List<AuditEntry> page = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long actor = r.getLong(3);
          Long actorOrNull = r.wasNull() ? null : actor;
          // DATETIME(6) holds the UTC wall-clock time the server wrote
          LocalDateTime at = r.getObject(2, LocalDateTime.class);
          page.add(new AuditEntry(r.getLong(1), at.toInstant(ZoneOffset.UTC), actorOrNull, r.getString(4),
              r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
        }
      }
      return page;
    }
  }
}
