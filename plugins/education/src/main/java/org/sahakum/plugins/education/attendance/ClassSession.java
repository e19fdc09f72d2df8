package org.sahakum.plugins.education.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** A class held on one day (at most one per class and day), with whoever took its attendance. */
@Entity
@Table(name = "edu_session")
public class ClassSession extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "class_id", nullable = false)
  private long classId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "taken_by_account_id", nullable = false)
  private long takenByAccountId;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  protected ClassSession() {}

  ClassSession(long classId, LocalDate heldOn, long takenByAccountId, Instant takenAt) {
    this.classId = classId;
    this.heldOn = heldOn;
    this.takenByAccountId = takenByAccountId;
    this.takenAt = takenAt;
  }

  public Long getId() {
    return id;
  }

  public long getClassId() {
    return classId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public long getTakenByAccountId() {
    return takenByAccountId;
  }
}
