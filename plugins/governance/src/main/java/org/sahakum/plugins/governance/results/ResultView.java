package org.sahakum.plugins.governance.results;

import java.util.List;

/**
 * A closed vote's result: ballots counted (online and confirmed paper), the roll, turnout in whole
 * per cent, the votes of each choice and, for an election, who is elected ({@code tieForLastSeat}
 * when candidates tie for the last seat, none of whom is then marked elected); for a motion,
 * {@code passed} when yes outnumbers no. {@code paperPending}: paper boxes never confirmed, not counted.
 */
public record ResultView(long id, String kind, String titleKm, String titleEn, int seats, String chapter,
    boolean standingChecked, int eligible, long voted, long ballots, int turnoutPercent,
    List<Line> choices, boolean tieForLastSeat, Boolean passed, int paperPending) {

  /** One choice's votes. */
  public record Line(long choiceId, String answer, String memberCode, String workingName, long votes,
      boolean elected) {}
}
