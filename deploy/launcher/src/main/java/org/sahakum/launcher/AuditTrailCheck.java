package org.sahakum.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.auditchain.AuditEntry;
import org.sahakum.auditchain.ChainHead;
import org.sahakum.auditchain.ChainKey;
import org.sahakum.auditchain.ChainVerdict;
import org.sahakum.auditchain.ChainVerifier;
import org.sahakum.auditchain.KeyedFrom;

/**
 * Verifies the audit chains straight from the database, with the server's own
 * {@link ChainVerifier}, and prints one line per tenant. Prints tenant slugs and sequence numbers
 * only: nothing of what the entries record.
 */
final class AuditTrailCheck {
  private static final String TENANTS = "SELECT t.id, t.slug, c.last_seq, c.last_hash, c.keyed_from_seq, c.keyed_mark"
      + " FROM tenant t"
      + " LEFT JOIN audit_chain c ON c.tenant_id = t.id";
  private static final String ENTRIES = "SELECT seq, at, actor_account_id, action, target_type, target_id, reason,"
      + " prev_hash, hash FROM audit_event WHERE tenant_id = ? AND seq >= ? ORDER BY seq LIMIT ?";

  private final Connection db;
  private final ChainKey key;
  private final PrintStream out;
  private final int pageSize;
  private KeptHeads kept;
  private PrintStream brokenTo;

  AuditTrailCheck(Connection db, ChainKey key, PrintStream out) {
    this(db, key, out, ChainVerifier.PAGE_SIZE);
  }

  AuditTrailCheck(Connection db, ChainKey key, PrintStream out, int pageSize) {
    this.db = db;
    this.key = key;
    this.out = out;
    this.pageSize = pageSize;
  }

  /** Compares each chain with its head in {@code heads} too: a chain that ends before it, or differs there, is broken. */
  AuditTrailCheck against(KeptHeads heads) {
    this.kept = heads;
    return this;
  }

  /**
   * Prints each intact chain's head as {@link KeptHeads} reads it to {@code out}, and the verdicts
   * of broken chains to {@code err} instead (a broken head is nothing to keep).
   */
  AuditTrailCheck printingHeads(PrintStream err) {
    this.brokenTo = err;
    return this;
  }

  /** A chain's verdict as printed. */
  private record Outcome(boolean intact, String line) {}

  /** A tenant, the head of its chain and where it turns keyed (each null when it has none). */
  private record Tenant(long id, String slug, ChainHead head, KeyedFrom keyedFrom) {}

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
      Map<Long, Long> waiting = waitingEntries();
      if (tenants.isEmpty()) {
        throw new CommandFailure(slug.isPresent() ? "no tenant '" + slug.get() + "'" : "the database holds no tenant");
      }
      boolean allIntact = true;
      for (Tenant t : tenants) {
        ChainVerdict verdict = ChainVerifier.verifyPaged(t.id(), key, t.keyedFrom(), (fromSeq, limit) -> entries(t.id(), fromSeq, limit),
            t::head, pageSize);
        Outcome outcome = new Outcome(verdict.intact(), line(t.slug(), verdict));
        if (verdict.intact() && kept != null && kept.bySlug().containsKey(t.slug())) {
          outcome = againstKept(t, verdict.entries(), kept.bySlug().get(t.slug()));
        }
        if (outcome.intact() && waiting.getOrDefault(t.id(), 0L) > 0) {
          outcome = new Outcome(true, outcome.line() + ", " + waiting.get(t.id()) + " waiting to be chained");
        }
        if (brokenTo != null && outcome.intact()) {
          out.println(KeptHeads.line(t.slug(), t.head().lastSeq(), t.head().lastHash()));
        } else {
          (brokenTo != null ? brokenTo : out).println(outcome.line());
        }
        allIntact &= outcome.intact();
      }
      if (kept != null && slug.isEmpty()) {
        for (String gone : kept.bySlug().keySet()) {
          if (tenants.stream().noneMatch(t -> t.slug().equals(gone))) {
            out.println(gone.replaceAll("\\p{Cntrl}", "?") + ": BROKEN: the tenant of a kept head is missing");
            allIntact = false;
          }
        }
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

  /** The line of an intact chain of {@code entries} entries, held against the head kept for it. */
  private Outcome againstKept(Tenant t, long entries, KeptHeads.Head head) throws SQLException {
    String name = t.slug().replaceAll("\\p{Cntrl}", "?");
    if (entries < head.seq()) {
      return new Outcome(false, name + ": BROKEN at entry " + (entries + 1) + ": entries after " + entries
          + " are missing (the kept head is entry " + head.seq() + ")");
    }
    try (PreparedStatement q = db.prepareStatement("SELECT hash FROM audit_event WHERE tenant_id = ? AND seq = ?")) {
      q.setLong(1, t.id());
      q.setLong(2, head.seq());
      try (ResultSet r = q.executeQuery()) {
        if (!r.next() || !head.hash().equals(r.getString(1))) {
          return new Outcome(false, name + ": BROKEN at entry " + head.seq() + ": entry " + head.seq()
              + " differs from the kept head");
        }
      }
    }
    return new Outcome(true, name + ": intact, " + entries + " entries");
  }

  /**
   * Entries written but not chained yet, per tenant: a running server chains them within seconds,
   * a stopped one at its next start. Not verified here (they carry no hash yet), only counted, so
   * that "intact" is not read as "everything". None before the table existed (core migration 21.1).
   */
  private Map<Long, Long> waitingEntries() throws SQLException {
    try (ResultSet table = db.getMetaData().getTables(db.getCatalog(), null, "audit_pending", null)) {
      if (!table.next()) {
        return Map.of();
      }
    }
    Map<Long, Long> waiting = new HashMap<>();
    try (PreparedStatement q = db.prepareStatement("SELECT tenant_id, COUNT(*) FROM audit_pending GROUP BY tenant_id");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        waiting.put(r.getLong(1), r.getLong(2));
      }
    }
    return waiting;
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
          long keyedFromSeq = r.getLong(5);
          KeyedFrom keyedFrom = r.wasNull() || r.getString(6) == null ? null : new KeyedFrom(keyedFromSeq, r.getString(6));
          tenants.add(new Tenant(r.getLong(1), r.getString(2), head, keyedFrom));
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
