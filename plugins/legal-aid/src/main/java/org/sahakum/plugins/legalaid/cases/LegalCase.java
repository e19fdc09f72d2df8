package org.sahakum.plugins.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sahakum.api.ClientGroups;
import org.sahakum.api.MemberRef;
import org.sahakum.api.TenantOwned;

/**
 * One legal-aid case of a tenant. The client is a member (by the register's member id, never a
 * name) or a non-member described only by a group. The status changes only through
 * {@link CaseWorkflow}. The tenant column is the persistence layer's business.
 */
@Entity
@Table(name = "legal_case")
public class LegalCase extends TenantOwned {

  /** The kinds of case, as a regular expression for Bean Validation. */
  public static final String CASE_TYPES = "consultation|court|detention|labour|family|other";

  /** Whether the client is a member of the organisation. */
  public static final String CLIENT_KINDS = "member|non-member";

  /** Who a non-member client is: a walk-in, a poor family, a student or someone else. */
  public static final String CLIENT_GROUPS = ClientGroups.ALL;

  /** Where a case stands. */
  public static final String STATUSES = "open|in-progress|closed";

  /** How a closed case ended. */
  public static final String OUTCOMES = "resolved|released|acquitted|convicted|settled|referred|withdrawn|other";

  static final String OPEN = "open";
  static final String IN_PROGRESS = "in-progress";
  static final String CLOSED = "closed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_type", nullable = false, length = 32)
  private String caseType;

  @Column(name = "client_kind", nullable = false, length = 16)
  private String clientKind;

  @Column(name = "client_group", length = 16)
  private String clientGroup;

  @Column(name = "member_id")
  private Long memberId;

  // the register's code never changes while the member exists: kept here so that a page of cases
  // needs no look-up in the register
  @Column(name = "member_code", length = 40)
  private String memberCode;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "outcome", length = 16)
  private String outcome;

  @Column(name = "assignee_account_id")
  private Long assigneeAccountId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected LegalCase() {}

  /** A new open case; {@code member} for a member client, {@code clientGroup} for anyone else. */
  public LegalCase(String caseType, MemberRef member, String clientGroup, Instant openedAt) {
    this.caseType = Objects.requireNonNull(caseType, "caseType");
    this.memberId = member == null ? null : member.id();
    this.memberCode = member == null ? null : member.memberCode();
    this.clientKind = memberId != null ? "member" : "non-member";
    this.clientGroup = memberId != null ? null : Objects.requireNonNull(clientGroup, "clientGroup");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.status = OPEN;
  }

  void moveTo(String newStatus, String newOutcome, Instant at) {
    this.status = newStatus;
    this.outcome = newOutcome;
    this.closedAt = CLOSED.equals(newStatus) ? at : null;
  }

  void assignTo(Long accountId) {
    this.assigneeAccountId = accountId;
  }

  /** Erasure: the case stays in the counts, but no longer points at the member. */
  public void forgetMember() {
    this.memberId = null;
    this.memberCode = null;
  }

  public Long getId() {
    return id;
  }

  public String getCaseType() {
    return caseType;
  }

  public String getClientKind() {
    return clientKind;
  }

  public String getClientGroup() {
    return clientGroup;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberCode() {
    return memberCode;
  }

  public String getStatus() {
    return status;
  }

  public String getOutcome() {
    return outcome;
  }

  public Long getAssigneeAccountId() {
    return assigneeAccountId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
