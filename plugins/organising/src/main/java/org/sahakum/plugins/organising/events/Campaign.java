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

/** A campaign, which groups events and the materials they used. */
@Entity
@Table(name = "org_campaign")
public class Campaign extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_km", nullable = false, length = 160)
  private String nameKm;

  @Column(name = "name_en", nullable = false, length = 160)
  private String nameEn;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Campaign() {}

  Campaign(NewCampaign b, Instant createdAt) {
    this.nameKm = b.nameKm().strip();
    this.nameEn = b.nameEn().strip();
    this.startsOn = b.startsOn();
    this.endsOn = b.endsOn();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getNameKm() {
    return nameKm;
  }

  public String getNameEn() {
    return nameEn;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }
}
