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

/** A change of a child's school status on a day, at a centre: what enrolments and drop-outs by month count. */
@Entity
@Table(name = "edu_school_change")
public class SchoolChange extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id")
  private Long childId;

  @Column(name = "centre_id", nullable = false)
  private long centreId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SchoolStatus status;

  @Column(name = "changed_on", nullable = false)
  private LocalDate changedOn;

  protected SchoolChange() {}

  public SchoolChange(long childId, long centreId, SchoolStatus status, LocalDate changedOn) {
    this.childId = childId;
    this.centreId = centreId;
    this.status = status;
    this.changedOn = changedOn;
  }
}
