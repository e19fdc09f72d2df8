package org.sahakum.plugins.healthreferral.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.sahakum.plugins.healthreferral.Problems;

/**
 * Where a referral may go: proposed → referred (only with consent given) → attended or not
 * attended, then followed up with an outcome; proposed or referred may be cancelled. Followed up
 * and cancelled are final. Any other move is 409 with the reason.
 */
public final class ReferralWorkflow {

  /** The transitions, by the name of the call that asks for them. */
  public enum Transition {
    REFER(Set.of(HealthReferral.PROPOSED), HealthReferral.REFERRED, "referred"),
    ATTENDED(Set.of(HealthReferral.REFERRED), HealthReferral.ATTENDED, "recorded as attended"),
    NOT_ATTENDED(Set.of(HealthReferral.REFERRED), HealthReferral.NOT_ATTENDED, "recorded as not attended"),
    CANCEL(Set.of(HealthReferral.PROPOSED, HealthReferral.REFERRED), HealthReferral.CANCELLED, "cancelled"),
    FOLLOW_UP(Set.of(HealthReferral.ATTENDED, HealthReferral.NOT_ATTENDED), HealthReferral.FOLLOWED_UP, "followed up");

    private final Set<String> from;
    private final String to;
    private final String past;

    Transition(Set<String> from, String to, String past) {
      this.from = from;
      this.to = to;
      this.past = past;
    }

    /** The call's name, e.g. {@code not-attended}. */
    public String call() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  private static final Map<String, String> WHY = Map.of(
      HealthReferral.PROPOSED, "it has not been made yet",
      HealthReferral.REFERRED, "the person has not been to the facility yet",
      HealthReferral.ATTENDED, "the visit is on record; follow it up",
      HealthReferral.NOT_ATTENDED, "the missed visit is on record; follow it up",
      HealthReferral.CANCELLED, "it is cancelled; make a new referral instead",
      HealthReferral.FOLLOWED_UP, "it is followed up and closed");

  /** Days after the referral is made when the health worker should follow it up, by urgency. */
  private static final Map<String, Integer> FOLLOW_UP_DAYS = Map.of("urgent", 2, "soon", 5, "routine", 10);

  private ReferralWorkflow() {}

  /**
   * Moves {@code r} by {@code t} on {@code today}, or refuses with 409: a wrong status, or making a
   * referral without the person's consent given.
   */
  public static void apply(HealthReferral r, Transition t, Instant at, LocalDate today) {
    if (!t.from.contains(r.getStatus())) {
      throw Problems.conflict("A referral that is " + r.getStatus() + " cannot be " + t.past + ": "
          + WHY.get(r.getStatus()) + ".");
    }
    if (t == Transition.REFER && !HealthReferral.GIVEN.equals(r.getConsent())) {
      throw org.sahakum.api.Refusal.conflict("consent-not-given", "This referral cannot be made: the person's consent is "
          + r.getConsent() + ". Record their consent as given first.");
    }
    r.moveTo(t.to, at);
    switch (t) {
      case REFER -> r.referred(today, today.plusDays(FOLLOW_UP_DAYS.get(r.getUrgency())));
      case CANCEL -> r.noFollowUpOwed();
      default -> { }
    }
  }

  /**
   * Records the person's answer. Consent is given or refused while the referral is proposed;
   * consent given may be withdrawn at any time, which cancels a referral not yet attended.
   */
  public static void consent(HealthReferral r, boolean given, Instant at, long byAccountId) {
    boolean wasGiven = HealthReferral.GIVEN.equals(r.getConsent());
    if (!given && wasGiven) {
      r.recordConsent(HealthReferral.WITHDRAWN, at, byAccountId);
      if (HealthReferral.REFERRED.equals(r.getStatus()) || HealthReferral.PROPOSED.equals(r.getStatus())) {
        r.moveTo(HealthReferral.CANCELLED, at);
        r.noFollowUpOwed();
      }
      return;
    }
    if (!HealthReferral.PROPOSED.equals(r.getStatus())) {
      throw Problems.conflict("Consent is asked before a referral is made; this one is " + r.getStatus() + ".");
    }
    r.recordConsent(given ? HealthReferral.GIVEN : HealthReferral.REFUSED, at, byAccountId);
  }

  /** Whether costs, escort and mistreatment may be recorded: once the referral is made and not cancelled. */
  static void requireMade(HealthReferral r, String what) {
    if (HealthReferral.PROPOSED.equals(r.getStatus()) || HealthReferral.CANCELLED.equals(r.getStatus())) {
      throw Problems.conflict(what + " is recorded once the referral is made; this one is " + r.getStatus() + ".");
    }
  }

  /** Whether the visit happened or was missed (mistreatment and ratings come from a visit). */
  static boolean visitOnRecord(HealthReferral r) {
    return Set.of(HealthReferral.ATTENDED, HealthReferral.NOT_ATTENDED, HealthReferral.FOLLOWED_UP).contains(r.getStatus());
  }

  /** Whether the person went (attended, or followed up after attending). */
  public static boolean attended(HealthReferral r) {
    return HealthReferral.ATTENDED.equals(r.getStatus())
        || HealthReferral.FOLLOWED_UP.equals(r.getStatus()) && r.getNotAttendedReason() == null;
  }
}
