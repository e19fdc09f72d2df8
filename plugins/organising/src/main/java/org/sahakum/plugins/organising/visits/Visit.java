package org.sahakum.plugins.organising.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;
import org.sahakum.plugins.organising.stock.MaterialText;

/** One outreach visit. Counts only: no row of this table names or points at a person reached. */
@Entity
@Table(name = "org_visit")
public class Visit extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visited_on", nullable = false)
  private LocalDate visitedOn;

  @Column(name = "workplace_id")
  private Long workplaceId;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "members_new", nullable = false)
  private int membersNew;

  @Column(name = "members_returning", nullable = false)
  private int membersReturning;

  @Column(name = "others_new", nullable = false)
  private int othersNew;

  @Column(name = "others_returning", nullable = false)
  private int othersReturning;

  @Column(name = "invited", nullable = false)
  private int invited;

  @Column(name = "materials", nullable = false, length = 200)
  private String materials;

  @Column(name = "raids", nullable = false)
  private boolean raids;

  @Column(name = "violence", nullable = false)
  private boolean violence;

  @Column(name = "unpaid_wages", nullable = false)
  private boolean unpaidWages;

  @Column(name = "health", nullable = false)
  private boolean health;

  @Column(name = "recorded_by_account_id", nullable = false)
  private long recordedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Visit() {}

  Visit(NewVisit b, String place, long recordedBy, Instant createdAt) {
    this.visitedOn = b.visitedOn();
    this.workplaceId = b.workplaceId();
    this.place = place;
    this.membersNew = NewVisit.count(b.membersNew());
    this.membersReturning = NewVisit.count(b.membersReturning());
    this.othersNew = NewVisit.count(b.othersNew());
    this.othersReturning = NewVisit.count(b.othersReturning());
    this.invited = NewVisit.count(b.invitedToJoin());
    this.materials = MaterialText.encode(b.given());
    this.raids = Boolean.TRUE.equals(b.raids());
    this.violence = Boolean.TRUE.equals(b.violence());
    this.unpaidWages = Boolean.TRUE.equals(b.unpaidWages());
    this.health = Boolean.TRUE.equals(b.health());
    this.recordedBy = recordedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public Long getWorkplaceId() {
    return workplaceId;
  }

  public String getPlace() {
    return place;
  }

  public int getMembersNew() {
    return membersNew;
  }

  public int getMembersReturning() {
    return membersReturning;
  }

  public int getOthersNew() {
    return othersNew;
  }

  public int getOthersReturning() {
    return othersReturning;
  }

  public int getInvited() {
    return invited;
  }

  public String getMaterials() {
    return materials;
  }

  public boolean isRaids() {
    return raids;
  }

  public boolean isViolence() {
    return violence;
  }

  public boolean isUnpaidWages() {
    return unpaidWages;
  }

  public boolean isHealth() {
    return health;
  }

  public long getRecordedBy() {
    return recordedBy;
  }
}
