package org.sahakum.plugins.organising.workplaces;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A workplace the chapter reaches. It holds no address, owner's name or worker's name. */
@Entity
@Table(name = "org_workplace")
public class Workplace extends TenantOwned {

  public static final String KINDS = "karaoke-ktv|massage|beer-garden-restaurant|guesthouse|street-park|online|freelance|other";
  public static final String ATTITUDES = "supportive|neutral|hostile|unknown";
  public static final String RAIDS = "never|rarely|monthly|weekly|unknown";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "label", nullable = false, length = 60)
  private String label;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "sangkat", length = 80)
  private String sangkat;

  @Column(name = "owner_attitude", nullable = false, length = 12)
  private String ownerAttitude;

  @Column(name = "raid_frequency", nullable = false, length = 12)
  private String raidFrequency;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Workplace() {}

  Workplace(WorkplaceFields f, Instant createdAt) {
    change(f, true);
    this.createdAt = createdAt;
  }

  final void change(WorkplaceFields f, boolean nowActive) {
    this.label = f.label().strip();
    this.kind = f.workplaceKind();
    this.place = f.place();
    this.sangkat = f.sangkat() == null || f.sangkat().isBlank() ? null : f.sangkat().strip();
    this.ownerAttitude = f.ownerAttitude();
    this.raidFrequency = f.raidFrequency();
    this.active = nowActive;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getKind() {
    return kind;
  }

  public String getPlace() {
    return place;
  }

  public String getSangkat() {
    return sangkat;
  }

  public String getOwnerAttitude() {
    return ownerAttitude;
  }

  public String getRaidFrequency() {
    return raidFrequency;
  }

  public boolean isActive() {
    return active;
  }
}
