package org.sahakum.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainHead;
import org.sahakum.auditchain.ChainKey;
import org.sahakum.auditchain.KeyedFrom;

/**
 * The head of a tenant's chain; locked while an entry is appended, so entries form one line. It
 * also holds where the chain turns keyed ({@link KeyedFrom}), which never changes.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "last_seq")
  private long lastSeq;

  @Column(name = "last_hash")
  private String lastHash;

  @Column(name = "keyed_from_seq", updatable = false)
  private long keyedFromSeq;

  @Column(name = "keyed_mark", updatable = false)
  private String keyedMark;

  protected AuditChain() {}

  /** The chain of a new tenant: keyed from its first entry. */
  AuditChain(long tenantId, ChainKey key) {
    this.tenantId = tenantId;
    this.lastSeq = 0;
    this.lastHash = ChainHash.GENESIS;
    this.keyedFromSeq = 1;
    this.keyedMark = ChainHash.keyedFromMark(key, tenantId, 1, ChainHash.GENESIS);
  }

  KeyedFrom keyedFrom() {
    return keyedMark == null ? null : new KeyedFrom(keyedFromSeq, keyedMark);
  }

  ChainHead asChainHead() {
    return new ChainHead(lastSeq, lastHash);
  }

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }
}
