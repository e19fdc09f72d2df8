package org.sahakum.plugins.organising.events;

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

/** A forum, training or campaign event; members who attended are {@link EventAttendance} rows, others a count. */
@Entity
@Table(name = "org_event")
public class OrgEvent extends TenantOwned {

  public static final String KINDS = "forum|training|concert|public-forum|exchange-visit|meeting-authorities";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "partners", length = 200)
  private String partners;

  @Column(name = "campaign_id")
  private Long campaignId;

  @Column(name = "others_count", nullable = false)
  private int othersCount;

  @Column(name = "members_count", nullable = false)
  private int membersCount;

  @Column(name = "materials", nullable = false, length = 200)
  private String materials;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OrgEvent() {}

  OrgEvent(NewEvent b, Instant createdAt) {
    this.kind = b.eventKind();
    this.heldOn = b.heldOn();
    this.place = b.place();
    this.partners = b.partners() == null || b.partners().isBlank() ? null : b.partners().strip();
    this.campaignId = b.campaignId();
    this.othersCount = b.othersCount() == null ? 0 : b.othersCount();
    this.materials = MaterialText.encode(b.given());
    this.createdAt = createdAt;
  }

  /** A member's attendance was recorded. */
  void memberAttended() {
    membersCount++;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getPlace() {
    return place;
  }

  public String getPartners() {
    return partners;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public int getOthersCount() {
    return othersCount;
  }

  public int getMembersCount() {
    return membersCount;
  }

  public String getMaterials() {
    return materials;
  }
}
