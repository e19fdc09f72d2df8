package org.sahakum.plugins.legalaid.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/**
 * Someone held by the police or in a Social Affairs detention centre, from a report until their
 * release. Each detention has a case of type {@code detention}, where notes and files go; who is
 * held is that case's client.
 */
@Entity
@Table(name = "legal_detention")
public class Detention extends TenantOwned {

  /** Where a person is held. */
  public static final String PLACE_KINDS = "police-station|detention-centre|other";

  /** Who reported the detention. */
  public static final String REPORTERS = "self|family|peer|outreach-worker|other";

  /** How a detention ended. */
  public static final String OUTCOMES = "released|released-after-payment|charged|sent-to-centre|transferred|other";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "place_kind", nullable = false, length = 24)
  private String placeKind;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "held_since", nullable = false)
  private Instant heldSince;

  @Column(name = "reported_by", nullable = false, length = 24)
  private String reportedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "outcome", length = 32)
  private String outcome;

  protected Detention() {}

  Detention(long caseId, String placeKind, String place, Instant heldSince, String reportedBy) {
    this.caseId = caseId;
    this.placeKind = placeKind;
    this.place = place;
    this.heldSince = heldSince;
    this.reportedBy = reportedBy;
  }

  void release(Instant at, String how) {
    this.releasedAt = at;
    this.outcome = how;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getPlaceKind() {
    return placeKind;
  }

  public String getPlace() {
    return place;
  }

  public Instant getHeldSince() {
    return heldSince;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public String getOutcome() {
    return outcome;
  }
}
