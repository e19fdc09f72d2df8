package org.sahakum.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainKey;

/**
 * Core migration 12.21: marks where each chain of a database made before keying turns keyed
 * (migration 12.20 set the start to the entry after the last). Runs once, as Flyway records it: a
 * mark that goes missing later is never written again, so clearing it cannot launder a rewritten
 * chain; {@code verify} reports such a chain as broken.
 */
public final class AuditChainKeying implements JavaMigration {
  private static final Logger LOG = Logger.getLogger(AuditChainKeying.class.getName());

  private final Supplier<ChainKey> key;

  public AuditChainKeying(Supplier<ChainKey> key) {
    this.key = key;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("12.21");
  }

  @Override
  public String getDescription() {
    return "mark keyed audit chains";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    Map<Long, Long> startOf = new LinkedHashMap<>();
    Map<Long, String> hashBefore = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT c.tenant_id, c.keyed_from_seq, e.hash FROM audit_chain c"
        + " LEFT JOIN audit_event e ON e.tenant_id = c.tenant_id AND e.seq = c.keyed_from_seq - 1"
        + " WHERE c.keyed_mark IS NULL ORDER BY c.tenant_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        startOf.put(r.getLong(1), r.getLong(2));
        hashBefore.put(r.getLong(1), r.getString(3) == null ? ChainHash.GENESIS : r.getString(3));
      }
    }
    ChainKey chainKey = startOf.isEmpty() ? null : key.get();
    try (PreparedStatement p = c.prepareStatement("UPDATE audit_chain SET keyed_mark = ? WHERE tenant_id = ?")) {
      for (Map.Entry<Long, Long> chain : startOf.entrySet()) {
        long tenantId = chain.getKey();
        p.setString(1, ChainHash.keyedFromMark(chainKey, tenantId, chain.getValue(), hashBefore.get(tenantId)));
        p.setLong(2, tenantId);
        p.executeUpdate();
      }
    }
    LOG.info(() -> "Keyed the audit chains of " + startOf.size() + " tenants from their next entry on");
  }
}
