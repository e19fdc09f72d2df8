package org.sahakum.plugins.legalaid.detention;

import java.time.Instant;
import java.util.List;

/**
 * A detention as the API answers it, with the hours held so far (or until release) and its needs.
 *
 * @param unmetNeeds how many of {@code needs} are not met
 */
public record DetentionView(long id, long caseId, String clientKind, String memberCode, String placeKind,
    String place, Instant heldSince, long hoursHeld, String reportedBy, Instant releasedAt, String releaseOutcome,
    List<NeedView> needs, int unmetNeeds) {

  /** One need and whether it is met. */
  public record NeedView(String need, boolean met, Instant updatedAt) {}
}
