package org.sahakum.plugins.legalaid.violations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/**
 * A documented rights violation (HURIDOCS "who did what to whom", simplified): on a day, at a
 * place; its {@link ViolationAct}s name what was done and by whom, and each act its victims. Only
 * events whose victims consented reach the advocacy report.
 */
@Entity
@Table(name = "legal_violation_event")
public class ViolationEvent extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "advocacy_consent", nullable = false)
  private boolean advocacyConsent;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ViolationEvent() {}

  ViolationEvent(LocalDate occurredOn, String place, boolean advocacyConsent, Instant recordedAt) {
    this.occurredOn = occurredOn;
    this.place = place;
    this.advocacyConsent = advocacyConsent;
    this.recordedAt = recordedAt;
  }

  void consent(boolean given) {
    this.advocacyConsent = given;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getPlace() {
    return place;
  }

  public boolean isAdvocacyConsent() {
    return advocacyConsent;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
