package org.sahakum.plugins.legalaid.referrals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.sahakum.plugins.legalaid.Problems;

/**
 * Where a referral may go: proposed → sent (only with the client's consent given) → accepted →
 * completed; a sent referral may be declined by the service; one not yet finished may be
 * cancelled. Completed, declined and cancelled are final. Any other move is 409 with the reason.
 */
public final class ReferralWorkflow {

  /** The transitions, by the name of the call that asks for them. */
  public enum Transition {
    SEND(Set.of(Referral.PROPOSED), Referral.SENT),
    ACCEPT(Set.of(Referral.SENT), Referral.ACCEPTED),
    DECLINE(Set.of(Referral.SENT), Referral.DECLINED),
    COMPLETE(Set.of(Referral.ACCEPTED), Referral.COMPLETED),
    CANCEL(Set.of(Referral.PROPOSED, Referral.SENT, Referral.ACCEPTED), Referral.CANCELLED);

    private final Set<String> from;
    private final String to;

    Transition(Set<String> from, String to) {
      this.from = from;
      this.to = to;
    }

    public String call() {
      return name().toLowerCase();
    }
  }

  private static final Map<String, String> WHY = Map.of(
      Referral.PROPOSED, "it has not been sent yet",
      Referral.SENT, "it has been sent and the service has not answered",
      Referral.ACCEPTED, "the service has accepted it",
      Referral.COMPLETED, "it is completed",
      Referral.DECLINED, "the service declined it; propose a new referral instead",
      Referral.CANCELLED, "it is cancelled; propose a new referral instead");

  private ReferralWorkflow() {}

  /** Moves {@code r} by {@code t}, or refuses with 409: a wrong status, or sending without consent. */
  public static void apply(Referral r, Transition t, Instant at) {
    if (!t.from.contains(r.getStatus())) {
      throw Problems.conflict("A referral that is " + r.getStatus() + " cannot be " + past(t) + ": "
          + WHY.get(r.getStatus()) + ".");
    }
    if (t == Transition.SEND && !Referral.GIVEN.equals(r.getConsent())) {
      throw org.sahakum.api.Refusal.conflict("consent-not-given", "This referral cannot be sent: the client's consent is "
          + r.getConsent() + ". Record the client's consent as given first.");
    }
    r.moveTo(t.to, at);
  }

  /**
   * Records the client's answer. Consent is given or refused while the referral is proposed;
   * consent given may be withdrawn at any time, which cancels a referral that is sent or accepted.
   */
  public static void consent(Referral r, boolean given, Instant at, long byAccountId) {
    boolean wasGiven = Referral.GIVEN.equals(r.getConsent());
    if (!given && wasGiven) {
      r.recordConsent(Referral.WITHDRAWN, at, byAccountId);
      if (Set.of(Referral.SENT, Referral.ACCEPTED).contains(r.getStatus())) {
        r.moveTo(Referral.CANCELLED, at);
      }
      return;
    }
    if (!Referral.PROPOSED.equals(r.getStatus())) {
      throw Problems.conflict("Consent is asked before a referral is sent; this one is " + r.getStatus() + ".");
    }
    r.recordConsent(given ? Referral.GIVEN : Referral.REFUSED, at, byAccountId);
  }

  private static String past(Transition t) {
    return switch (t) {
      case SEND -> "sent";
      case ACCEPT -> "accepted";
      case DECLINE -> "declined";
      case COMPLETE -> "completed";
      case CANCEL -> "cancelled";
    };
  }
}
