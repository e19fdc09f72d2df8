package org.sahakum.plugins.education.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;
import org.sahakum.plugins.education.children.SchoolStatus;

/** A child's way back to public school: the school, grade, status since a day, documents and barriers. */
@Entity
@Table(name = "edu_school_path")
public class SchoolPath extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id", nullable = false)
  private long childId;

  @Column(name = "school_id")
  private Long schoolId;

  @Column
  private Integer grade;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SchoolStatus status;

  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @Column(name = "documents_needed", nullable = false)
  private String documentsNeeded;

  @Column(name = "documents_obtained", nullable = false)
  private String documentsObtained;

  @Column(nullable = false)
  private String barriers;

  protected SchoolPath() {}

  SchoolPath(long childId, SchoolStatus status, LocalDate since) {
    this.childId = childId;
    this.status = status;
    this.statusSince = since;
    this.documentsNeeded = "";
    this.documentsObtained = "";
    this.barriers = "";
  }

  void update(SchoolUpdate body) {
    this.schoolId = body.schoolId();
    this.grade = body.grade();
    if (status != SchoolStatus.valueOf(body.status())) {
      this.status = SchoolStatus.valueOf(body.status());
      this.statusSince = body.statusSince();
    }
  }

  void needs(SchoolNeeds body) {
    this.documentsNeeded = Codes.join(body.documentsNeeded());
    this.documentsObtained = Codes.join(body.documentsObtained());
    this.barriers = Codes.join(body.barriers());
  }

  SchoolPathView view() {
    return new SchoolPathView(childId, schoolId, grade, status.name(), statusSince, Codes.split(documentsNeeded),
        Codes.split(documentsObtained), Codes.split(barriers));
  }

  public SchoolStatus getStatus() {
    return status;
  }
}
