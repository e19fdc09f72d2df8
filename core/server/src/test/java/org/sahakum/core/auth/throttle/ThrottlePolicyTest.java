package org.sahakum.core.auth.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic: what each count of failures costs, and when. */
class ThrottlePolicyTest {
  private final ThrottlePolicy policy = ThrottlePolicy.defaults();
  private final Instant now = Instant.parse("2026-12-02T06:00:00Z");

  @Test
  void five_failures_are_free_then_the_wait_doubles_up_to_fifteen_minutes() {
    for (int n = 0; n < 5; n++) {
      assertEquals(Duration.ZERO, policy.pairDelay(n, false), "failure " + n);
    }
    assertEquals(Duration.ofSeconds(1), policy.pairDelay(5, false));
    assertEquals(Duration.ofSeconds(2), policy.pairDelay(6, false));
    assertEquals(Duration.ofSeconds(512), policy.pairDelay(14, false));
    assertEquals(Duration.ofMinutes(15), policy.pairDelay(15, false));
    assertEquals(Duration.ofMinutes(15), policy.pairDelay(10_000, false), "no overflow however many");
  }

  @Test
  void while_the_server_is_sprayed_only_the_first_failure_is_free() {
    assertEquals(Duration.ZERO, policy.pairDelay(0, true));
    assertEquals(Duration.ofSeconds(1), policy.pairDelay(1, true));
    assertEquals(Duration.ofSeconds(4), policy.pairDelay(3, true));
  }

  @Test
  void the_wait_counts_from_the_latest_failure() {
    FailureStore.Counts sixFailures = new FailureStore.Counts(6, now.minusMillis(500), 6, now.minusMillis(500), 6, now);
    assertEquals(Optional.of(Duration.ofMillis(1500)), policy.wait(sixFailures, now));
    assertEquals(Optional.empty(), policy.wait(sixFailures, now.plusSeconds(2)));
  }

  @Test
  void a_login_guessed_from_many_places_waits_ten_seconds_after_each_failure_from_anywhere() {
    FailureStore.Counts fresh = new FailureStore.Counts(0, null, 30, now.minusSeconds(3), 30, null);
    assertEquals(Optional.of(Duration.ofSeconds(7)), policy.wait(fresh, now), "even from an address that never failed");
    FailureStore.Counts fewer = new FailureStore.Counts(0, null, 29, now.minusSeconds(3), 29, null);
    assertEquals(Optional.empty(), policy.wait(fewer, now));
  }

  @Test
  void spraying_makes_an_address_wait_two_seconds_after_its_latest_failure_whatever_the_name() {
    FailureStore.Counts sprayed = new FailureStore.Counts(0, null, 0, null, 1000, now.minusSeconds(1));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy.wait(sprayed, now));
    FailureStore.Counts quiet = new FailureStore.Counts(0, null, 0, null, 999, now.minusSeconds(1));
    assertTrue(policy.wait(quiet, now).isEmpty());
  }
}
