package org.sahakum.plugins.education.classes;

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

/** A class at a centre: a subject and level, its teacher (a staff account), a weekly schedule and a capacity. */
@Entity
@Table(name = "edu_class")
public class EduClass extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_id", nullable = false)
  private long centreId;

  @Column(name = "term_id")
  private Long termId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Subject subject;

  @Column(nullable = false)
  private String level;

  @Column(name = "teacher_account_id", nullable = false)
  private long teacherAccountId;

  @Column(nullable = false)
  private String schedule;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EduClass() {}

  EduClass(NewClass body, Instant createdAt) {
    this.centreId = body.centreId();
    this.termId = body.termId();
    this.subject = Subject.valueOf(body.subject());
    this.level = body.level().strip();
    this.teacherAccountId = body.teacherAccountId();
    this.schedule = body.schedule().strip();
    this.capacity = body.capacity();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getCentreId() {
    return centreId;
  }

  public Long getTermId() {
    return termId;
  }

  public Subject getSubject() {
    return subject;
  }

  public String getLevel() {
    return level;
  }

  public long getTeacherAccountId() {
    return teacherAccountId;
  }

  public String getSchedule() {
    return schedule;
  }

  public int getCapacity() {
    return capacity;
  }
}
