package org.sahakum.plugins.legalaid.cases;

import java.time.Instant;
import org.sahakum.api.MemberRef;

/**
 * A case as the API answers it.
 *
 * @param id the case's id within the platform
 * @param caseType one of {@link LegalCase#CASE_TYPES}
 * @param clientKind one of {@link LegalCase#CLIENT_KINDS}
 * @param clientGroup for a non-member client, one of {@link LegalCase#CLIENT_GROUPS}
 * @param memberCode for a member client, their code (null once the member is erased)
 * @param workingName for a member client, their working name (not in pages of the case list)
 * @param status one of {@link LegalCase#STATUSES}
 * @param outcome for a closed case, one of {@link LegalCase#OUTCOMES}
 * @param assigneeAccountId the paralegal or lawyer's account, or null
 * @param assignee that account's login name, while it is an active account here (what a person reads)
 * @param openedAt when the case was opened
 * @param closedAt when it was closed, or null
 */
public record CaseView(long id, String caseType, String clientKind, String clientGroup, String memberCode,
    String workingName, String status, String outcome, Long assigneeAccountId, String assignee, Instant openedAt,
    Instant closedAt) {

  /** A row of a page of the case list, read as a projection: member clients by code only. */
  public CaseView(long id, String caseType, String clientKind, String clientGroup, String memberCode, String status,
      String outcome, Long assigneeAccountId, Instant openedAt, Instant closedAt) {
    this(id, caseType, clientKind, clientGroup, memberCode, null, status, outcome, assigneeAccountId, null, openedAt,
        closedAt);
  }

  /** The same case with its assignee's login name from {@code names} (account id to login name). */
  public CaseView named(java.util.Map<Long, String> names) {
    return assigneeAccountId == null ? this : new CaseView(id, caseType, clientKind, clientGroup, memberCode, workingName,
        status, outcome, assigneeAccountId, names.get(assigneeAccountId), openedAt, closedAt);
  }

  /** {@code member} is the case's client as the register names them now, or null to show only the code. */
  public static CaseView of(LegalCase c, MemberRef member) {
    return new CaseView(c.getId(), c.getCaseType(), c.getClientKind(), c.getClientGroup(),
        c.getMemberCode(), member == null ? null : member.workingName(),
        c.getStatus(), c.getOutcome(), c.getAssigneeAccountId(), null, c.getOpenedAt(), c.getClosedAt());
  }
}
