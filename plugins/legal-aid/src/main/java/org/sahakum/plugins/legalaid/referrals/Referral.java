package org.sahakum.plugins.legalaid.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/**
 * A case's client referred to a service of the directory for one need. Who the client is stays
 * on the case; the status moves only through {@link ReferralWorkflow}, the consent only through
 * {@link #recordConsent}.
 */
@Entity
@Table(name = "legal_referral")
public class Referral extends TenantOwned {

  /** What the client is referred for. */
  public static final String NEEDS =
      "legal-representation|legal-advice|health-care|shelter|livelihood|child-support|other";

  /** Where a referral stands. */
  public static final String STATUSES = "proposed|sent|accepted|completed|declined|cancelled";

  /** The client's consent: not yet asked, given, refused, or given and then withdrawn. */
  public static final String CONSENTS = "pending|given|refused|withdrawn";

  static final String PROPOSED = "proposed";
  static final String SENT = "sent";
  static final String ACCEPTED = "accepted";
  static final String COMPLETED = "completed";
  static final String DECLINED = "declined";
  static final String CANCELLED = "cancelled";

  static final String PENDING = "pending";
  static final String GIVEN = "given";
  static final String REFUSED = "refused";
  static final String WITHDRAWN = "withdrawn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "service_id", nullable = false)
  private long serviceId;

  @Column(name = "need", nullable = false, length = 24)
  private String need;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "consent", nullable = false, length = 16)
  private String consent;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(name = "consent_by_account_id")
  private Long consentByAccountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "status_at", nullable = false)
  private Instant statusAt;

  protected Referral() {}

  Referral(long caseId, long serviceId, String need, Instant now) {
    this.caseId = caseId;
    this.serviceId = serviceId;
    this.need = need;
    this.status = PROPOSED;
    this.consent = PENDING;
    this.createdAt = now;
    this.statusAt = now;
  }

  void moveTo(String newStatus, Instant at) {
    this.status = newStatus;
    this.statusAt = at;
  }

  /** Puts the client's answer on record: what it is, when, and which account recorded it. */
  void recordConsent(String answer, Instant at, long byAccountId) {
    this.consent = answer;
    this.consentAt = at;
    this.consentByAccountId = byAccountId;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public long getServiceId() {
    return serviceId;
  }

  public String getNeed() {
    return need;
  }

  public String getStatus() {
    return status;
  }

  public String getConsent() {
    return consent;
  }

  public Instant getConsentAt() {
    return consentAt;
  }

  public Long getConsentByAccountId() {
    return consentByAccountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStatusAt() {
    return statusAt;
  }
}
