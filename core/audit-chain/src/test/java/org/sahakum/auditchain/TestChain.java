package org.sahakum.auditchain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds valid chains for the tests, and the forged entries a tamperer would write. */
final class TestChain {
  static final long TENANT = 7;
  static final ChainKey KEY = ChainKey.fromMasterKey(masterKey(1));
  /** Where a chain made since keying starts: keyed from its first entry. */
  static final KeyedFrom FROM_FIRST = keyedFrom(1, ChainHash.GENESIS);
  private static final Instant START = Instant.parse("2026-11-29T01:02:03.123456Z");

  private TestChain() {}

  static byte[] masterKey(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return key;
  }

  static KeyedFrom keyedFrom(long seq, String prev) {
    return new KeyedFrom(seq, ChainHash.keyedFromMark(KEY, TENANT, seq, prev));
  }

  /** Entries 1..n, keyed; entry 2 carries a reason, as an identity reveal does. */
  static List<AuditEntry> of(int n) {
    return legacyThenKeyed(0, n);
  }

  /**
   * {@code plain} entries as written before chains were keyed, then {@code keyed} entries: a
   * chain of a database made before keying, keyed from entry {@code plain + 1} on.
   */
  static List<AuditEntry> legacyThenKeyed(int plain, int keyed) {
    List<AuditEntry> entries = new ArrayList<>();
    String prev = ChainHash.GENESIS;
    for (int seq = 1; seq <= plain + keyed; seq++) {
      String reason = seq == 2 ? "court hearing" : null;
      AuditEntry e = seq <= plain ? plainEntry(prev, seq, "member.read", reason) : entry(prev, seq, "member.read", reason);
      entries.add(e);
      prev = e.hash();
    }
    return entries;
  }

  /** A correctly hashed entry following {@code prev}: what someone holding the chain key can write. */
  static AuditEntry entry(String prev, long seq, String action, String reason) {
    Instant at = START.plusSeconds(seq);
    Long actor = 42L;
    String hash = ChainHash.keyed(KEY, prev, TENANT, seq, at, actor, action, "member", Long.toString(seq), reason);
    return new AuditEntry(seq, at, actor, action, "member", Long.toString(seq), reason, prev, hash);
  }

  /** An entry with the plain SHA-256: what anyone who can write the database can compute. */
  static AuditEntry plainEntry(String prev, long seq, String action, String reason) {
    Instant at = START.plusSeconds(seq);
    Long actor = 42L;
    String hash = ChainHash.of(prev, TENANT, seq, at, actor, action, "member", Long.toString(seq), reason);
    return new AuditEntry(seq, at, actor, action, "member", Long.toString(seq), reason, prev, hash);
  }

  static ChainHead headOf(List<AuditEntry> entries) {
    return entries.isEmpty() ? new ChainHead(0, ChainHash.GENESIS)
        : new ChainHead(entries.get(entries.size() - 1).seq(), entries.get(entries.size() - 1).hash());
  }

  static AuditEntry withAction(AuditEntry e, String action) {
    return new AuditEntry(e.seq(), e.at(), e.actorAccountId(), action, e.targetType(), e.targetId(), e.reason(),
        e.prevHash(), e.hash());
  }

  static AuditEntry withReason(AuditEntry e, String reason) {
    return new AuditEntry(e.seq(), e.at(), e.actorAccountId(), e.action(), e.targetType(), e.targetId(), reason,
        e.prevHash(), e.hash());
  }

  static AuditEntry withSeq(AuditEntry e, long seq) {
    return new AuditEntry(seq, e.at(), e.actorAccountId(), e.action(), e.targetType(), e.targetId(), e.reason(),
        e.prevHash(), e.hash());
  }
}
