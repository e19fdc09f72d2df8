package org.sahakum.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.sahakum.auditchain.AuditEntry;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainHead;
import org.sahakum.auditchain.ChainKey;
import org.sahakum.auditchain.ChainVerdict;
import org.sahakum.auditchain.ChainVerifier;
import org.sahakum.auditchain.KeyedFrom;

/**
 * A database made before chains were keyed, upgraded by the core's migrations: its entries keep
 * their plain hashes and verify, and entries appended after are keyed. Runs on the test run's
 * MariaDB, in a database of its own.
 */
class KeyedChainUpgradeIT {
  private static final long PLATFORM = 1;
  private static final ChainKey KEY = ChainKey.fromMasterKey(new byte[32]);
  private static final Instant AT = Instant.parse("2026-11-29T01:02:03.120000Z");

  @Test
  void a_chain_written_before_keying_keeps_verifying_and_goes_on_keyed() throws Exception {
    String name = "upgrade_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = connect(""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    MariaDbDataSource ds = new MariaDbDataSource(url(name));
    // the schema as the release before keying left it, with three entries written then
    Flyway.configure(getClass().getClassLoader()).dataSource(ds).locations("classpath:db/core")
        .table("flyway_core_history").target("11").load().migrate();
    try (Connection c = ds.getConnection()) {
      String prev = ChainHash.GENESIS;
      for (long seq = 1; seq <= 3; seq++) {
        prev = append(c, seq, prev, ChainHash.of(prev, PLATFORM, seq, AT.plusSeconds(seq), 42L, "member.read",
            "member", Long.toString(seq), null));
      }
    }

    Migrations.migrate(ds, "core", "db/core", getClass().getClassLoader(), new AuditChainKeying(() -> KEY));
    try (Connection c = ds.getConnection()) {
      assertEquals(new ChainVerdict(true, 3, null, null), verify(c), "the plain entries verify after the upgrade");
      String prev = head(c).lastHash();
      append(c, 4, prev, ChainHash.keyed(KEY, prev, PLATFORM, 4, AT.plusSeconds(4), 42L, "member.read", "member", "4",
          null));
      assertEquals(new ChainVerdict(true, 4, null, null), verify(c), "and go on keyed");
    } finally {
      try (Connection c = connect(""); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE " + name);
      }
    }
  }

  private static String append(Connection c, long seq, String prev, String hash) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_event (tenant_id, seq, at, actor_account_id, action,"
        + " target_type, target_id, prev_hash, hash) VALUES (?, ?, ?, 42, 'member.read', 'member', ?, ?, ?)")) {
      p.setLong(1, PLATFORM);
      p.setLong(2, seq);
      p.setObject(3, AT.plusSeconds(seq).atOffset(ZoneOffset.UTC).toLocalDateTime());
      p.setString(4, Long.toString(seq));
      p.setString(5, prev);
      p.setString(6, hash);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")) {
      p.setLong(1, seq);
      p.setString(2, hash);
      p.setLong(3, PLATFORM);
      p.executeUpdate();
    }
    return hash;
  }

  private static ChainVerdict verify(Connection c) throws SQLException {
    KeyedFrom keyedFrom;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT keyed_from_seq, keyed_mark FROM audit_chain WHERE tenant_id = 1")) {
      r.next();
      keyedFrom = new KeyedFrom(r.getLong(1), r.getString(2));
    }
    List<AuditEntry> entries = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT seq, at, actor_account_id, action,"
        + " target_type, target_id, reason, prev_hash, hash FROM audit_event WHERE tenant_id = 1 ORDER BY seq")) {
      while (r.next()) {
        entries.add(new AuditEntry(r.getLong(1), r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
            r.getLong(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
            r.getString(9)));
      }
    }
    return ChainVerifier.verify(PLATFORM, KEY, keyedFrom, entries, head(c));
  }

  private static ChainHead head(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE tenant_id = 1")) {
      r.next();
      return new ChainHead(r.getLong(1), r.getString(2));
    }
  }

  private static String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + System.getProperty("sahakum.test.db.port") + "/" + database
        + "?user=sahakum&password=test";
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database));
  }
}
