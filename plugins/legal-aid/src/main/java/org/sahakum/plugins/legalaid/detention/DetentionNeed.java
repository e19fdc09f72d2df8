package org.sahakum.plugins.legalaid.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** One need of a detained person (food, water, medicine, HIV medicine ...) and whether it was met. */
@Entity
@Table(name = "legal_detention_need")
public class DetentionNeed extends TenantOwned {

  /** The needs the rapid response tracks; {@code hiv-medicine} is continuity of antiretroviral treatment. */
  public static final String NEEDS = "food|water|medicine|hiv-medicine|legal-counsel|other";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "detention_id", nullable = false)
  private long detentionId;

  @Column(name = "need", nullable = false, length = 16)
  private String need;

  @Column(name = "met", nullable = false)
  private boolean met;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DetentionNeed() {}

  DetentionNeed(long detentionId, String need, boolean met, Instant at) {
    this.detentionId = detentionId;
    this.need = need;
    this.met = met;
    this.updatedAt = at;
  }

  void set(boolean isMet, Instant at) {
    this.met = isMet;
    this.updatedAt = at;
  }

  public long getDetentionId() {
    return detentionId;
  }

  public String getNeed() {
    return need;
  }

  public boolean isMet() {
    return met;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
