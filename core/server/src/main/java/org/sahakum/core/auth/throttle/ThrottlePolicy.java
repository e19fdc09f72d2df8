package org.sahakum.core.auth.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a login attempt waits, from the failures remembered. Three guards, none of which locks
 * the right password out for good:
 * <ul>
 *   <li>per login and address: {@code freePerPair} failures cost nothing, then each further failure
 *       doubles the wait from {@code firstDelay} up to {@code maxPairDelay}; a success clears it;</li>
 *   <li>per login, from every address: once {@code attackPerHour} failures arrived in the last hour
 *       (guessing from many places), every attempt at that login waits {@code accountDelay} after the
 *       latest failure;</li>
 *   <li>the whole server: once {@code sprayPerWindow} failures arrived in the last ten minutes
 *       (many names tried), only one failure per login and address is free, and an address waits
 *       {@code sprayAddressDelay} after its latest failure, whatever name it tries.</li>
 * </ul>
 * A one-time recovery code of the account skips every wait (see {@code LoginResource}).
 */
public record ThrottlePolicy(int freePerPair, Duration firstDelay, Duration maxPairDelay, Duration memory,
    int attackPerHour, Duration accountDelay, int sprayPerWindow, Duration sprayAddressDelay) {

  public static final Duration ATTACK_WINDOW = Duration.ofHours(1);
  public static final Duration SPRAY_WINDOW = Duration.ofMinutes(10);

  public static ThrottlePolicy defaults() {
    return new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24),
        30, Duration.ofSeconds(10), 1000, Duration.ofSeconds(2));
  }

  /** The wait after the latest of {@code failures} failures of one login from one address. */
  public Duration pairDelay(long failures, boolean spraying) {
    int free = spraying ? Math.min(1, freePerPair) : freePerPair;
    if (failures <= 0 || failures < free) {
      return Duration.ZERO;
    }
    long doublings = failures - free;
    if (doublings >= 62 || firstDelay.toMillis() << doublings >= maxPairDelay.toMillis()) {
      return maxPairDelay;
    }
    return Duration.ofMillis(firstDelay.toMillis() << doublings);
  }

  /**
   * How long an attempt must still wait at {@code now}, or empty when it may be checked at once.
   */
  public Optional<Duration> wait(FailureStore.Counts c, Instant now) {
    boolean spraying = c.recentEverywhere() >= sprayPerWindow;
    Instant until = Instant.MIN;
    if (c.pairLast() != null) {
      until = later(until, c.pairLast().plus(pairDelay(c.pairFailures(), spraying)));
    }
    if (c.loginLast() != null && c.loginFailures() >= attackPerHour) {
      until = later(until, c.loginLast().plus(accountDelay));
    }
    if (c.addressLast() != null && spraying) {
      until = later(until, c.addressLast().plus(sprayAddressDelay));
    }
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
