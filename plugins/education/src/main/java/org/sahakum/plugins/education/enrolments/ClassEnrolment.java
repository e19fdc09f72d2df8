package org.sahakum.plugins.education.enrolments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A child in a class, or on its waiting list; the list is served in id order (first come, first served). */
@Entity
@Table(name = "edu_class_enrolment")
public class ClassEnrolment extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "class_id", nullable = false)
  private long classId;

  @Column(name = "child_id", nullable = false)
  private long childId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected ClassEnrolment() {}

  public ClassEnrolment(long classId, long childId, EnrolmentStatus status, Instant requestedAt) {
    this.classId = classId;
    this.childId = childId;
    this.status = status;
    this.requestedAt = requestedAt;
  }

  public Long getId() {
    return id;
  }

  public long getClassId() {
    return classId;
  }

  public long getChildId() {
    return childId;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  void admit() {
    this.status = EnrolmentStatus.ENROLLED;
  }
}
