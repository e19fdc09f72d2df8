package org.sahakum.plugins.legalaid.detention;

import java.time.Instant;
import java.util.List;

/**
 * A detention as the API answers it, with the hours held so far (or until release) and its needs.
 *
 * @param unmetNeeds how many of {@code needs} are not met
 * @param needsState {@code not-asked} while no need is recorded (zero unmet needs there does not mean
 *     all is well), {@code unmet} while one is not met, {@code met} once every recorded need is
 */
public record DetentionView(long id, long caseId, String clientKind, String memberCode, String placeKind,
    String place, Instant heldSince, long hoursHeld, String reportedBy, Instant releasedAt, String releaseOutcome,
    List<NeedView> needs, int unmetNeeds, String needsState) {

  /** One need and whether it is met. */
  public record NeedView(String need, boolean met, Instant updatedAt) {}
}
