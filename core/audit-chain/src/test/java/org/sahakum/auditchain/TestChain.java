package org.sahakum.auditchain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds valid chains for the tests, and the forged entries a tamperer would write. */
final class TestChain {
  static final long TENANT = 7;
  private static final Instant START = Instant.parse("2026-11-29T01:02:03.123456Z");

  private TestChain() {}

  /** Entries 1..n; entry 2 carries a reason, as an identity reveal does. */
  static List<AuditEntry> of(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    String prev = ChainHash.GENESIS;
    for (int seq = 1; seq <= n; seq++) {
      AuditEntry e = entry(prev, seq, "member.read", seq == 2 ? "court hearing" : null);
      entries.add(e);
      prev = e.hash();
    }
    return entries;
  }

  /** A correctly hashed entry following {@code prev}: what someone who knows the formula can write. */
  static AuditEntry entry(String prev, long seq, String action, String reason) {
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
