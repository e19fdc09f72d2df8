package org.sahakum.core.lockdown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first admin's request to lift a lockdown, waiting for a second admin. */
@Entity
@Table(name = "lockdown_lift")
public class LockdownLift {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Column(name = "requested_by")
  private long requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  protected LockdownLift() {}

  LockdownLift(long tenantId, long requestedBy, Instant requestedAt) {
    this.tenantId = tenantId;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  long requestedBy() {
    return requestedBy;
  }
}
