package org.sahakum.core.twostep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation that requires the second step of its staff who hold sensitive permissions. */
@Entity
@Table(name = "two_step_requirement")
public class TwoStepRequirement {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  private Instant since;

  protected TwoStepRequirement() {}

  TwoStepRequirement(long tenantId, Instant since) {
    this.tenantId = tenantId;
    this.since = since;
  }
}
