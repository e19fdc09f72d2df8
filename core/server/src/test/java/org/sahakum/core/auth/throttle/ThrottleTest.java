package org.sahakum.core.auth.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle over remembered failures, with a clock that the test moves and addresses it makes up. */
class ThrottleTest {
  private static final String ATTACKER = "203.0.113.7";
  private static final String ADMIN_AT_HOME = "198.51.100.20";

  private Instant now = Instant.parse("2026-12-02T06:00:00Z");
  private final MemoryFailures failures = new MemoryFailures();
  private final Throttle throttle = new Throttle(failures, ThrottlePolicy.defaults(), new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  });

  private final String admin = Throttle.login(7L, "wnu", 42L, "admin");

  /** One attacker guesses as fast as the throttle lets it; returns how many guesses it made. */
  private int guessFor(Duration span, String address, String login) {
    int guesses = 0;
    Instant end = now.plus(span);
    while (now.isBefore(end)) {
      Optional<Duration> wait = throttle.wait(login, address);
      if (wait.isPresent()) {
        now = now.plus(wait.get());
        continue;
      }
      throttle.failed(login, address);
      guesses++;
      now = now.plusMillis(200);
    }
    return guesses;
  }

  @Test
  void one_address_guessing_for_an_hour_gets_a_handful_of_tries_and_the_admin_elsewhere_gets_in_at_once() {
    int guesses = guessFor(Duration.ofHours(1), ATTACKER, admin);
    assertTrue(guesses <= 20, "an hour of guessing from one place: " + guesses);
    throttle.failed(admin, ATTACKER);
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait(admin, ATTACKER), "the attacker waits the longest wait");
    assertEquals(Optional.empty(), throttle.wait(admin, ADMIN_AT_HOME), "the right password from another place is checked now");
  }

  @Test
  void a_day_of_guessing_from_one_address_stays_under_a_hundred_and_twenty_tries() {
    assertTrue(guessFor(Duration.ofHours(24), ATTACKER, admin) <= 120);
  }

  @Test
  void a_success_clears_the_wait_of_its_own_place_only() {
    for (int i = 0; i < 6; i++) {
      throttle.failed(admin, ADMIN_AT_HOME);
      throttle.failed(admin, ATTACKER);
    }
    assertTrue(throttle.wait(admin, ADMIN_AT_HOME).isPresent());
    throttle.succeeded(admin, ADMIN_AT_HOME);
    assertEquals(Optional.empty(), throttle.wait(admin, ADMIN_AT_HOME));
    assertTrue(throttle.wait(admin, ATTACKER).isPresent());
  }

  @Test
  void guessing_from_many_places_slows_every_attempt_at_that_login_but_no_other() {
    for (int i = 0; i < 30; i++) {
      throttle.failed(admin, "192.0.2." + i);
    }
    Optional<Duration> wait = throttle.wait(admin, ADMIN_AT_HOME);
    assertEquals(Optional.of(Duration.ofSeconds(10)), wait, "a short wait, never a lock-out");
    now = now.plusSeconds(10);
    assertEquals(Optional.empty(), throttle.wait(admin, ADMIN_AT_HOME));
    assertEquals(Optional.empty(), throttle.wait(Throttle.login(7L, "wnu", 43L, "organiser"), ADMIN_AT_HOME));
  }

  @Test
  void spraying_many_names_makes_the_spraying_address_wait_between_tries() {
    for (int i = 0; i < 1000; i++) {
      throttle.failed(Throttle.login(7L, "wnu", null, "name" + i), ATTACKER);
    }
    String next = Throttle.login(7L, "wnu", null, "name-never-tried");
    assertTrue(throttle.wait(next, ATTACKER).isPresent(), "the sprayer waits even for a new name");
    assertEquals(Optional.empty(), throttle.wait(admin, ADMIN_AT_HOME), "others are not held up");
    now = now.plusSeconds(2);
    assertEquals(Optional.empty(), throttle.wait(next, ATTACKER));
  }

  @Test
  void failures_are_forgotten_after_a_day() {
    for (int i = 0; i < 12; i++) {
      throttle.failed(admin, ATTACKER);
    }
    now = now.plus(Duration.ofHours(24)).plusSeconds(1);
    assertEquals(Optional.empty(), throttle.wait(admin, ATTACKER));
    throttle.failed(Throttle.login(7L, "wnu", 43L, "other"), ATTACKER);
    assertEquals(1, failures.size(), "old rows are removed when a new failure is kept");
  }

  @Test
  void a_login_is_what_the_account_look_up_matched() {
    assertEquals(Throttle.login(7L, "wnu", 42L, "ADMIN"), Throttle.login(7L, "WNU", 42L, "admin"));
    assertEquals(Throttle.login(7L, "wnu", null, "Nobody "), Throttle.login(7L, "wnu", null, "nobody"));
    assertEquals(Throttle.login(null, "No-Such", null, "Nóbody"), Throttle.login(null, "no-such", null, "nobody"));
    assertFalse(Throttle.login(7L, "wnu", null, "nobody").equals(Throttle.login(8L, "wnu", null, "nobody")));
  }
}
