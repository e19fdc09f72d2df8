package org.sahakum.plugins.legalaid.cases;

import java.time.Instant;

/**
 * A case as the API answers it.
 *
 * @param id the case's id within the platform
 * @param caseType one of {@link LegalCase#CASE_TYPES}
 * @param clientKind one of {@link LegalCase#CLIENT_KINDS}
 * @param status one of {@link LegalCase#STATUSES}
 * @param openedAt when the case was opened
 */
public record CaseView(long id, String caseType, String clientKind, String status, Instant openedAt) {

  static CaseView of(LegalCase c) {
    return new CaseView(c.getId(), c.getCaseType(), c.getClientKind(), c.getStatus(), c.getOpenedAt());
  }
}
