package org.sahakum.plugins.legalaid.trainings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A member who attended a training, by the register's member id (never a name). */
@Entity
@Table(name = "legal_training_attendance")
public class Attendance extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "training_id", nullable = false)
  private long trainingId;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Attendance() {}

  Attendance(long trainingId, long memberId, Instant recordedAt) {
    this.trainingId = trainingId;
    this.memberId = memberId;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public long getTrainingId() {
    return trainingId;
  }

  public long getMemberId() {
    return memberId;
  }
}
