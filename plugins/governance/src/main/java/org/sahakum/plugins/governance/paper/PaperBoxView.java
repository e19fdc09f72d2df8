package org.sahakum.plugins.governance.paper;

import java.time.Instant;

/**
 * A paper box as officials list it: how many ballots, who entered and who confirmed it. Never its
 * counts: before closing they would be a partial tally, after it they are in the result.
 */
public record PaperBoxView(long id, int ballots, long enteredBy, Instant enteredAt, Long confirmedBy,
    Instant confirmedAt, boolean confirmed) {

  static PaperBoxView of(PaperBox b) {
    return new PaperBoxView(b.getId(), b.getBallots(), b.getEnteredBy(), b.getEnteredAt(), b.getConfirmedBy(),
        b.getConfirmedAt(), b.isConfirmed());
  }
}
