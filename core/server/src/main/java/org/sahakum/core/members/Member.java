package org.sahakum.core.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person in an organisation's register. Identifying fields are held sealed only. */
@Entity
@Table(name = "member")
public class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id")
  private long orgId;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "member_code")
  private String memberCode;

  @Column(name = "working_name")
  private String workingName;

  /** The working name and the code in lower case, binary-collated: kept by the database, only searched. */
  @Column(name = "name_key", insertable = false, updatable = false)
  private String nameKey;

  @Column(name = "code_key", insertable = false, updatable = false)
  private String codeKey;

  private String status;

  @Column(name = "legal_name_enc")
  private byte[] legalNameSealed;

  @Column(name = "phone_enc")
  private byte[] phoneSealed;

  @Column(name = "dob_enc")
  private byte[] dateOfBirthSealed;

  @Column(name = "id_number_enc")
  private byte[] idNumberSealed;

  @Column(name = "phone_index")
  private String phoneIndex;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "consent_version")
  private String consentVersion;

  @Column(name = "account_id")
  private Long accountId;

  protected Member() {}

  /** A member who registered through an invite and waits for approval. */
  public static Member pending(long orgId, Long chapterId, String memberCode, String workingName, String consentVersion,
      long accountId, Instant now) {
    Member m = new Member(orgId, chapterId, memberCode, workingName, "pending", now);
    m.consentVersion = consentVersion;
    m.accountId = accountId;
    return m;
  }

  /** Approves a pending registration. */
  public void approve() {
    if (!"pending".equals(status)) {
      throw new IllegalStateException("only a pending registration can be approved");
    }
    status = "active";
  }

  /** Refuses a pending registration: nothing identifying is kept. */
  public void reject() {
    if (!"pending".equals(status)) {
      throw new IllegalStateException("only a pending registration can be rejected");
    }
    status = "erased";
    workingName = "-";
    seal(new SealedIdentity(null, null, null, null, null));
  }

  /** Suspends an active member. */
  public void suspend() {
    if (!"active".equals(status)) {
      throw new IllegalStateException("only an active member can be suspended");
    }
    status = "suspended";
  }

  /** Takes a suspended member back. */
  public void reinstate() {
    if (!"suspended".equals(status)) {
      throw new IllegalStateException("only a suspended member can be reinstated");
    }
    status = "active";
  }

  /**
   * Forgets who the member was: name, code, chapter and every sealed field. The row stays, empty,
   * so that numbering and the audit trail's references still hold.
   */
  void erase() {
    status = "erased";
    workingName = "-";
    memberCode = "-" + id;
    chapterId = null;
    consentVersion = null;
    seal(new SealedIdentity(null, null, null, null, null));
  }

  /** Gives the member another working name. */
  void rename(String workingName) {
    this.workingName = WorkingNames.normalise(workingName);
  }

  /** Moves the member to another chapter of the organisation (null: directly in the organisation). */
  void moveTo(Long chapterId) {
    this.chapterId = chapterId;
  }

  public Long getAccountId() {
    return accountId;
  }

  Member(long orgId, Long chapterId, String memberCode, String workingName, String status, Instant now) {
    this.orgId = orgId;
    this.chapterId = chapterId;
    this.memberCode = memberCode;
    this.workingName = WorkingNames.normalise(workingName);
    this.status = status;
    this.createdAt = now;
  }

  void seal(SealedIdentity identity) {
    this.legalNameSealed = identity.legalName();
    this.phoneSealed = identity.phone();
    this.dateOfBirthSealed = identity.dateOfBirth();
    this.idNumberSealed = identity.idNumber();
    this.phoneIndex = identity.phoneIndex();
  }

  SealedIdentity sealedIdentity() {
    return new SealedIdentity(legalNameSealed, phoneSealed, dateOfBirthSealed, idNumberSealed, phoneIndex);
  }

  public Long getId() {
    return id;
  }

  public long getOrgId() {
    return orgId;
  }

  public Long getChapterId() {
    return chapterId;
  }

  public String getMemberCode() {
    return memberCode;
  }

  public String getWorkingName() {
    return workingName;
  }

  public String getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The sealed columns, as stored. */
  record SealedIdentity(byte[] legalName, byte[] phone, byte[] dateOfBirth, byte[] idNumber, String phoneIndex) {}
}
