package org.sahakum.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a tenant's audit trail. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id")
  private long tenantId;

  private long seq;
  private Instant at;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "prev_hash")
  private String prevHash;

  private String hash;

  private String reason;

  protected AuditEvent() {}

  AuditEvent(long tenantId, long seq, Instant at, Long actor, String action, String targetType, String targetId,
      String prevHash, String hash, String reason) {
    this.tenantId = tenantId;
    this.seq = seq;
    this.at = at;
    this.actorAccountId = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.prevHash = prevHash;
    this.hash = hash;
    this.reason = reason;
  }

  public String getReason() {
    return reason;
  }

  public long getSeq() {
    return seq;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
