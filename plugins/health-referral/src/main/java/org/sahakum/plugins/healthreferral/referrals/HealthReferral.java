package org.sahakum.plugins.healthreferral.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.sahakum.api.TenantOwned;

/**
 * One health referral. The person is a member (the register's id and code), a member's child (the
 * member's id, a relation and a birth year) or a non-member (a group). What it is for is sealed,
 * bound to the slip code. The status moves only through {@link ReferralWorkflow}.
 */
@Entity
@Table(name = "health_referral")
public class HealthReferral extends TenantOwned {

  public static final String PERSON_KINDS = "member|child|non-member";
  public static final String RELATIONS = "daughter|son|other-child";
  public static final String URGENCIES = "routine|soon|urgent";
  public static final String STATUSES = "proposed|referred|attended|not-attended|cancelled|followed-up";
  public static final String CONSENTS = "pending|given|refused|withdrawn";
  public static final String REASONS = "cost|transport|fear-of-police|discrimination|work-hours|childcare|other";
  public static final String OUTCOMES = "service-received|referred-on|refused-service|asked-to-pay";
  public static final String EXEMPTIONS = "hef|id-poor|ngo-free|none";

  static final String PROPOSED = "proposed";
  static final String REFERRED = "referred";
  static final String ATTENDED = "attended";
  static final String NOT_ATTENDED = "not-attended";
  static final String CANCELLED = "cancelled";
  static final String FOLLOWED_UP = "followed-up";
  static final String PENDING = "pending";
  static final String GIVEN = "given";
  static final String REFUSED = "refused";
  static final String WITHDRAWN = "withdrawn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slip_code", nullable = false, length = 8)
  private String slipCode;

  @Column(name = "person_kind", nullable = false, length = 12)
  private String personKind;

  @Column(name = "member_id")
  private Long memberId;

  // the register's code never changes while the member exists: kept so a page needs no look-up
  @Column(name = "member_code", length = 40)
  private String memberCode;

  @Column(name = "child_relation", length = 12)
  private String childRelation;

  @Column(name = "child_birth_year")
  private Integer childBirthYear;

  @Column(name = "client_group", length = 16)
  private String clientGroup;

  @Column(name = "facility_id", nullable = false)
  private long facilityId;

  @Column(name = "sealed_category")
  private byte[] sealedCategory;

  @Column(name = "urgency", nullable = false, length = 8)
  private String urgency;

  @Column(name = "consent", nullable = false, length = 12)
  private String consent;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(name = "consent_by_account_id")
  private Long consentByAccountId;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "status_at", nullable = false)
  private Instant statusAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "referred_on")
  private LocalDate referredOn;

  @Column(name = "follow_up_due")
  private LocalDate followUpDue;

  @Column(name = "not_attended_reason", length = 16)
  private String notAttendedReason;

  @Column(name = "outcome", length = 16)
  private String outcome;

  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  @Column(name = "escort_needed", nullable = false)
  private boolean escortNeeded;

  @Column(name = "escort_account_id")
  private Long escortAccountId;

  @Column(name = "transport_riel", nullable = false)
  private long transportRiel;

  @Column(name = "fee_asked_riel")
  private Long feeAskedRiel;

  @Column(name = "fee_paid_riel")
  private Long feePaidRiel;

  @Column(name = "exemption", length = 12)
  private String exemption;

  @Column(name = "out_of_pocket_riel")
  private Long outOfPocketRiel;

  @Column(name = "rated", nullable = false)
  private boolean rated;

  protected HealthReferral() {}

  /** A proposed referral; {@link Person} says who, {@code sealedCategory} what for (sealed with the slip code). */
  HealthReferral(String slipCode, Person person, long facilityId, byte[] sealedCategory, String urgency, Instant now) {
    this.slipCode = slipCode;
    this.personKind = person.kind();
    this.memberId = person.memberId();
    this.memberCode = person.memberCode();
    this.childRelation = person.childRelation();
    this.childBirthYear = person.childBirthYear();
    this.clientGroup = person.clientGroup();
    this.facilityId = facilityId;
    this.sealedCategory = sealedCategory;
    this.urgency = urgency;
    this.consent = PENDING;
    this.status = PROPOSED;
    this.statusAt = now;
    this.createdAt = now;
  }

  void moveTo(String newStatus, Instant at) {
    this.status = newStatus;
    this.statusAt = at;
  }

  void referred(LocalDate on, LocalDate due) {
    this.referredOn = on;
    this.followUpDue = due;
  }

  void notAttended(String reason) {
    this.notAttendedReason = reason;
  }

  void followedUp(String newOutcome, Instant at) {
    this.outcome = newOutcome;
    this.followedUpAt = at;
    this.followUpDue = null;
  }

  void noFollowUpOwed() {
    this.followUpDue = null;
  }

  void recordConsent(String answer, Instant at, long byAccountId) {
    this.consent = answer;
    this.consentAt = at;
    this.consentByAccountId = byAccountId;
  }

  void escort(boolean needed, Long accountId, long transport) {
    this.escortNeeded = needed;
    this.escortAccountId = accountId;
    this.transportRiel = transport;
  }

  void costs(Long asked, Long paid, String newExemption, Long outOfPocket) {
    this.feeAskedRiel = asked;
    this.feePaidRiel = paid;
    this.exemption = newExemption;
    this.outOfPocketRiel = outOfPocket;
  }

  /** The member rated the facility after this visit; once per referral. */
  public void markRated() {
    this.rated = true;
  }

  /** Erasure: the referral stays in the counts, but points at no one and keeps nothing sealed about them. */
  public void forgetMember() {
    this.memberId = null;
    this.memberCode = null;
    this.sealedCategory = null;
  }

  /** For a key rotation: the category sealed again by {@code reseal}; nothing for an erased one. */
  void resealWith(UnaryOperator<byte[]> reseal) {
    if (sealedCategory != null) {
      this.sealedCategory = reseal.apply(sealedCategory);
    }
  }

  /** What {@link #getSealedCategory()} is bound to. */
  static String purpose(String slipCode) {
    return "referral-category|" + slipCode;
  }

  public Long getId() {
    return id;
  }

  public String getSlipCode() {
    return slipCode;
  }

  public String getPersonKind() {
    return personKind;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberCode() {
    return memberCode;
  }

  public String getChildRelation() {
    return childRelation;
  }

  public Integer getChildBirthYear() {
    return childBirthYear;
  }

  public String getClientGroup() {
    return clientGroup;
  }

  public long getFacilityId() {
    return facilityId;
  }

  byte[] getSealedCategory() {
    return sealedCategory;
  }

  public String getUrgency() {
    return urgency;
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

  public String getStatus() {
    return status;
  }

  public Instant getStatusAt() {
    return statusAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LocalDate getReferredOn() {
    return referredOn;
  }

  public LocalDate getFollowUpDue() {
    return followUpDue;
  }

  public String getNotAttendedReason() {
    return notAttendedReason;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getFollowedUpAt() {
    return followedUpAt;
  }

  public boolean isEscortNeeded() {
    return escortNeeded;
  }

  public Long getEscortAccountId() {
    return escortAccountId;
  }

  public long getTransportRiel() {
    return transportRiel;
  }

  public Long getFeeAskedRiel() {
    return feeAskedRiel;
  }

  public Long getFeePaidRiel() {
    return feePaidRiel;
  }

  public String getExemption() {
    return exemption;
  }

  public Long getOutOfPocketRiel() {
    return outOfPocketRiel;
  }

  public boolean isRated() {
    return rated;
  }
}
