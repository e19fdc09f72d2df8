package org.sahakum.plugins.legalaid.cases;

import java.time.LocalDate;

/** A hearing or deadline as the API answers it. */
public record CaseDateView(long id, long caseId, String kind, LocalDate dueOn, boolean done) {

  static CaseDateView of(CaseDate d) {
    return new CaseDateView(d.getId(), d.getCaseId(), d.getKind(), d.getDueOn(), d.isDone());
  }
}
