package org.sahakum.plugins.legalaid.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahakum.plugins.legalaid.referrals.ReferralWorkflow.Transition;

/** Every move of the referral workflow from every status, the consent rule, and withdrawal. */
class ReferralWorkflowTest {
  private static final Instant AT = Instant.parse("2026-01-05T03:00:00Z");
  private static final Instant LATER = AT.plusSeconds(3600);

  /** For each status, the moves allowed from it. */
  private static final Map<String, List<Transition>> ALLOWED = Map.of(
      "proposed", List.of(Transition.SEND, Transition.CANCEL),
      "sent", List.of(Transition.ACCEPT, Transition.DECLINE, Transition.CANCEL),
      "accepted", List.of(Transition.COMPLETE, Transition.CANCEL),
      "completed", List.of(),
      "declined", List.of(),
      "cancelled", List.of());

  @Test
  void proposed_then_sent_with_consent_then_accepted_then_completed() {
    Referral r = new Referral(1, 2, "health-care", AT);
    ReferralWorkflow.consent(r, true, AT, 9);
    assertEquals("given", r.getConsent());
    assertEquals(9L, r.getConsentByAccountId());
    ReferralWorkflow.apply(r, Transition.SEND, LATER);
    assertEquals("sent", r.getStatus());
    assertEquals(LATER, r.getStatusAt());
    ReferralWorkflow.apply(r, Transition.ACCEPT, LATER);
    ReferralWorkflow.apply(r, Transition.COMPLETE, LATER);
    assertEquals("completed", r.getStatus());
  }

  @Test
  void every_move_from_every_status_is_allowed_or_a_conflict_with_a_reason() {
    for (Map.Entry<String, List<Transition>> e : ALLOWED.entrySet()) {
      for (Transition t : Transition.values()) {
        Referral r = at(e.getKey());
        if (e.getValue().contains(t)) {
          ReferralWorkflow.apply(r, t, LATER);
          assertTrue(!r.getStatus().equals(e.getKey()), e.getKey() + " " + t);
        } else {
          ClientErrorException x = assertThrows(ClientErrorException.class, () -> ReferralWorkflow.apply(r, t, LATER),
              e.getKey() + " " + t);
          assertEquals(409, x.getResponse().getStatus());
          assertTrue(x.getMessage().contains(e.getKey()), x.getMessage());
          assertEquals(e.getKey(), r.getStatus(), "nothing changed");
        }
      }
    }
  }

  @Test
  void a_referral_is_never_sent_without_consent_given() {
    for (Boolean answer : new Boolean[] {null, false}) {
      Referral r = new Referral(1, 2, "shelter", AT);
      if (answer != null) {
        ReferralWorkflow.consent(r, answer, AT, 9);
      }
      ClientErrorException x = assertThrows(ClientErrorException.class,
          () -> ReferralWorkflow.apply(r, Transition.SEND, LATER));
      assertEquals(409, x.getResponse().getStatus());
      assertTrue(x.getMessage().contains("consent"), x.getMessage());
      assertEquals("consent-not-given", ((org.sahakum.api.Refusal) x).code(), "a code the app says in Khmer");
      assertEquals("proposed", r.getStatus());
    }
  }

  @Test
  void withdrawing_consent_cancels_a_referral_under_way_and_is_on_record() {
    Referral r = at("accepted");
    ReferralWorkflow.consent(r, false, LATER, 11);
    assertEquals("withdrawn", r.getConsent());
    assertEquals("cancelled", r.getStatus());
    assertEquals(LATER, r.getConsentAt());
    assertEquals(11L, r.getConsentByAccountId());
    Referral done = at("completed");
    ReferralWorkflow.consent(done, false, LATER, 11);
    assertEquals("withdrawn", done.getConsent());
    assertEquals("completed", done.getStatus(), "what was done stays done");
    Referral sent = at("sent");
    assertThrows(ClientErrorException.class, () -> ReferralWorkflow.consent(sent, true, LATER, 11),
        "consent is asked before sending");
  }

  private static Referral at(String status) {
    Referral r = new Referral(1, 2, "legal-advice", AT);
    ReferralWorkflow.consent(r, true, AT, 9);
    switch (status) {
      case "sent" -> ReferralWorkflow.apply(r, Transition.SEND, AT);
      case "accepted" -> {
        ReferralWorkflow.apply(r, Transition.SEND, AT);
        ReferralWorkflow.apply(r, Transition.ACCEPT, AT);
      }
      case "completed" -> {
        ReferralWorkflow.apply(r, Transition.SEND, AT);
        ReferralWorkflow.apply(r, Transition.ACCEPT, AT);
        ReferralWorkflow.apply(r, Transition.COMPLETE, AT);
      }
      case "declined" -> {
        ReferralWorkflow.apply(r, Transition.SEND, AT);
        ReferralWorkflow.apply(r, Transition.DECLINE, AT);
      }
      case "cancelled" -> ReferralWorkflow.apply(r, Transition.CANCEL, AT);
      default -> { }
    }
    assertEquals(status, r.getStatus());
    return r;
  }
}
