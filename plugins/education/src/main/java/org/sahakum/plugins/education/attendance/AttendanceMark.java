package org.sahakum.plugins.education.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/**
 * One child's attendance at one session, keyed by the two: one row per child and session, whose key
 * the module knows before writing, so a session's 30 marks go to the database as one JDBC batch. A
 * later correction keeps its reason.
 */
@Entity
@Table(name = "edu_attendance")
@IdClass(MarkKey.class)
public class AttendanceMark extends TenantOwned {

  @Id
  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "class_id", nullable = false)
  private long classId;

  @Id
  @Column(name = "child_id", nullable = false)
  private long childId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MarkStatus status;

  @Column(name = "corrected_at")
  private Instant correctedAt;

  @Column(name = "correction_reason")
  private String correctionReason;

  protected AttendanceMark() {}

  AttendanceMark(ClassSession session, long childId, MarkStatus status) {
    this.sessionId = session.getId();
    this.classId = session.getClassId();
    this.childId = childId;
    this.heldOn = session.getHeldOn();
    this.status = status;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getChildId() {
    return childId;
  }

  public MarkStatus getStatus() {
    return status;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  void set(MarkStatus status) {
    this.status = status;
  }

  void correct(MarkStatus status, String reason, Instant at) {
    this.status = status;
    this.correctionReason = reason;
    this.correctedAt = at;
  }
}
