package org.sahakum.plugins.governance.elections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vote as staff read it. Before closing it says nothing of how many have voted or for what:
 * {@code eligible} is the roll fixed at opening, {@code notInStanding} those left out by the dues
 * module, and {@code standingChecked} false when no dues module answered (everyone active may vote).
 */
public record ElectionView(long id, String kind, String titleKm, String titleEn, int seats, String chapter,
    Instant opensAt, Instant closesAt, String state, LocalDate openedOn, boolean standingChecked, int eligible,
    int notInStanding, List<ChoiceView> choices) {

  public static ElectionView of(Election e, Instant now, List<ChoiceView> choices) {
    return new ElectionView(e.getId(), e.getKind(), e.getTitleKm(), e.getTitleEn(), e.getSeats(), e.getChapterSlug(),
        e.getOpensAt(), e.getClosesAt(), e.stateAt(now), e.getOpenedOn(), e.isStandingChecked(),
        e.getEligible(), e.getNotInStanding(), choices);
  }
}
