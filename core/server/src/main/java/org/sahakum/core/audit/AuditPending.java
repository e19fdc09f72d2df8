package org.sahakum.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry written in the transaction of the work it records, waiting for {@link AuditChainer} to
 * give it its place in the tenant's chain. Durable from that commit on; never updated (a trigger
 * refuses it), deleted only in the transaction that chains it.
 */
@Entity
@Table(name = "audit_pending")
class AuditPending {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private long tenantId;

  private Instant at;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  private String reason;

  protected AuditPending() {}

  AuditPending(AuditRecord r) {
    this.tenantId = r.tenantId();
    this.at = r.at();
    this.actorAccountId = r.actorAccountId();
    this.action = r.action();
    this.targetType = r.targetType();
    this.targetId = r.targetId();
    this.reason = r.reason();
  }

  Long id() {
    return id;
  }

  AuditRecord asRecord() {
    return new AuditRecord(tenantId, actorAccountId, action, targetType, targetId, reason, at);
  }
}
