package org.sahakum.plugins.education.children;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.sahakum.api.TenantOwned;

/**
 * A member's child: the first name or nickname, sealed; the birth year, the gender if given, the
 * centre and the school status. Nothing else that identifies the child is kept. The guardian's
 * consent is recorded with the version of the text they agreed to.
 */
@Entity
@Table(name = "edu_child")
public class Child extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "guardian_member_id", nullable = false)
  private long guardianMemberId;

  @Column(name = "second_guardian_member_id")
  private Long secondGuardianMemberId;

  @Column(name = "sealed_name", nullable = false)
  private byte[] sealedName;

  @Column(name = "birth_year", nullable = false)
  private int birthYear;

  @Enumerated(EnumType.STRING)
  @Column
  private Gender gender;

  @Column(name = "centre_id", nullable = false)
  private long centreId;

  @Enumerated(EnumType.STRING)
  @Column(name = "school_status", nullable = false)
  private SchoolStatus schoolStatus;

  @Column(name = "consent_version", nullable = false)
  private String consentVersion;

  @Column(name = "consent_at", nullable = false)
  private Instant consentAt;

  @Column(name = "consent_by_account_id", nullable = false)
  private long consentByAccountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_activity_on", nullable = false)
  private LocalDate lastActivityOn;

  protected Child() {}

  Child(long guardianMemberId, Long secondGuardianMemberId, NewChild body, Instant now, LocalDate today,
      long accountId) {
    this.guardianMemberId = guardianMemberId;
    this.secondGuardianMemberId = secondGuardianMemberId;
    this.sealedName = new byte[0];
    this.birthYear = body.birthYear();
    this.gender = body.gender() == null ? null : Gender.valueOf(body.gender());
    this.centreId = body.centreId();
    this.schoolStatus = SchoolStatus.valueOf(body.schoolStatus());
    this.consentVersion = body.consentVersion();
    this.consentAt = now;
    this.consentByAccountId = accountId;
    this.createdAt = now;
    this.lastActivityOn = today;
  }

  public Long getId() {
    return id;
  }

  public long getGuardianMemberId() {
    return guardianMemberId;
  }

  public Long getSecondGuardianMemberId() {
    return secondGuardianMemberId;
  }

  byte[] getSealedName() {
    return sealedName;
  }

  void setSealedName(byte[] sealedName) {
    this.sealedName = sealedName;
  }

  public int getBirthYear() {
    return birthYear;
  }

  public Gender getGender() {
    return gender;
  }

  public long getCentreId() {
    return centreId;
  }

  public SchoolStatus getSchoolStatus() {
    return schoolStatus;
  }

  public String getConsentVersion() {
    return consentVersion;
  }

  public LocalDate getLastActivityOn() {
    return lastActivityOn;
  }

  void update(UpdateChild body, LocalDate today) {
    this.centreId = body.centreId();
    this.lastActivityOn = today;
  }

  /** The school status after a change on the child's way back to school. */
  public void schoolStatusChanged(SchoolStatus status, LocalDate today) {
    this.schoolStatus = status;
    if (today.isAfter(lastActivityOn)) {
      this.lastActivityOn = today;
    }
  }

  /** The guardian {@code memberId} leaves: the second guardian, if any, becomes the guardian. */
  public void unlink(long memberId) {
    if (secondGuardianMemberId != null && secondGuardianMemberId == memberId) {
      secondGuardianMemberId = null;
    } else if (guardianMemberId == memberId && secondGuardianMemberId != null) {
      guardianMemberId = secondGuardianMemberId;
      secondGuardianMemberId = null;
    }
  }

  /** For a key rotation: the name sealed again by {@code reseal}. */
  void resealWith(UnaryOperator<byte[]> reseal) {
    this.sealedName = reseal.apply(sealedName);
  }
}
