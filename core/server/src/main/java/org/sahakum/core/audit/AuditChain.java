package org.sahakum.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.auditchain.ChainHash;
import org.sahakum.auditchain.ChainHead;

/** The head of a tenant's chain; locked while an entry is appended, so entries form one line. */
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

  protected AuditChain() {}

  AuditChain(long tenantId) {
    this.tenantId = tenantId;
    this.lastSeq = 0;
    this.lastHash = ChainHash.GENESIS;
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
