package org.sahakum.plugins.healthreferral.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahakum.plugins.healthreferral.referrals.ReferralWorkflow.Transition;

/** Every status move, allowed or refused with 409, and consent before a referral is made. */
class ReferralWorkflowTest {
  private static final Instant NOW = Instant.parse("2026-11-02T03:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  private static HealthReferral proposed(String urgency) {
    return new HealthReferral("ACDEFGHJ", new Person("non-member", null, null, null, null, "walk-in"), 1L,
        new byte[] {1}, urgency, NOW);
  }

  /** A referral brought to {@code status} through allowed moves. */
  private static HealthReferral at(String status) {
    HealthReferral r = proposed("routine");
    ReferralWorkflow.consent(r, true, NOW, 7);
    switch (status) {
      case "proposed" -> { }
      case "cancelled" -> ReferralWorkflow.apply(r, Transition.CANCEL, NOW, TODAY);
      default -> {
        ReferralWorkflow.apply(r, Transition.REFER, NOW, TODAY);
        if (List.of("attended", "followed-up").contains(status)) {
          ReferralWorkflow.apply(r, Transition.ATTENDED, NOW, TODAY);
        }
        if (status.equals("not-attended")) {
          ReferralWorkflow.apply(r, Transition.NOT_ATTENDED, NOW, TODAY);
        }
        if (status.equals("followed-up")) {
          ReferralWorkflow.apply(r, Transition.FOLLOW_UP, NOW, TODAY);
        }
      }
    }
    assertEquals(status, r.getStatus());
    return r;
  }

  @Test
  void every_move_from_every_status_is_allowed_or_409() {
    Map<String, EnumSet<Transition>> allowed = Map.of(
        "proposed", EnumSet.of(Transition.REFER, Transition.CANCEL),
        "referred", EnumSet.of(Transition.ATTENDED, Transition.NOT_ATTENDED, Transition.CANCEL),
        "attended", EnumSet.of(Transition.FOLLOW_UP),
        "not-attended", EnumSet.of(Transition.FOLLOW_UP),
        "cancelled", EnumSet.noneOf(Transition.class),
        "followed-up", EnumSet.noneOf(Transition.class));
    for (var e : allowed.entrySet()) {
      for (Transition t : Transition.values()) {
        HealthReferral r = at(e.getKey());
        if (e.getValue().contains(t)) {
          ReferralWorkflow.apply(r, t, NOW, TODAY);
        } else {
          ClientErrorException refused = assertThrows(ClientErrorException.class, () -> ReferralWorkflow.apply(r, t, NOW, TODAY),
              e.getKey() + " by " + t);
          assertEquals(409, refused.getResponse().getStatus());
          assertTrue(refused.getMessage().contains("cannot be"), refused.getMessage());
          assertEquals(e.getKey(), r.getStatus(), "a refused move changes nothing");
        }
      }
    }
  }

  @Test
  void no_referral_is_made_without_consent_given() {
    HealthReferral pending = proposed("soon");
    ClientErrorException e = assertThrows(ClientErrorException.class,
        () -> ReferralWorkflow.apply(pending, Transition.REFER, NOW, TODAY));
    assertEquals(409, e.getResponse().getStatus());
    assertTrue(e.getMessage().contains("consent is pending"), e.getMessage());
    assertEquals("consent-not-given", ((org.sahakum.api.Refusal) e).code(), "a code the app says in Khmer");
    HealthReferral refused = proposed("soon");
    ReferralWorkflow.consent(refused, false, NOW, 7);
    assertEquals("refused", refused.getConsent());
    assertThrows(ClientErrorException.class, () -> ReferralWorkflow.apply(refused, Transition.REFER, NOW, TODAY));
  }

  @Test
  void making_a_referral_sets_its_follow_up_by_urgency_and_the_follow_up_clears_it() {
    for (var e : Map.of("urgent", 2, "soon", 5, "routine", 10).entrySet()) {
      HealthReferral r = proposed(e.getKey());
      ReferralWorkflow.consent(r, true, NOW, 7);
      ReferralWorkflow.apply(r, Transition.REFER, NOW, TODAY);
      assertEquals(TODAY, r.getReferredOn());
      assertEquals(TODAY.plusDays(e.getValue()), r.getFollowUpDue(), e.getKey());
    }
    HealthReferral done = at("followed-up");
    done.followedUp("service-received", NOW);
    assertNull(done.getFollowUpDue());
    assertNull(at("cancelled").getFollowUpDue());
  }

  @Test
  void withdrawing_consent_cancels_a_referral_not_yet_attended_and_keeps_a_visit() {
    HealthReferral referred = at("referred");
    ReferralWorkflow.consent(referred, false, NOW, 8);
    assertEquals(List.of("cancelled", "withdrawn"), List.of(referred.getStatus(), referred.getConsent()));
    assertNull(referred.getFollowUpDue());
    HealthReferral attended = at("attended");
    ReferralWorkflow.consent(attended, false, NOW, 8);
    assertEquals(List.of("attended", "withdrawn"), List.of(attended.getStatus(), attended.getConsent()));
    assertEquals(409, assertThrows(ClientErrorException.class, () -> ReferralWorkflow.consent(at("referred"), true, NOW, 8))
        .getResponse().getStatus(), "consent is asked before the referral is made");
  }
}
