package org.sahakum.core.auth.throttle;

import java.time.Instant;

/** Where failed logins are remembered, under hashed keys only. */
public interface FailureStore {

  /**
   * What the throttle needs to know about one attempt. {@code pairFailures} and {@code pairLast}:
   * failures of this login from this address since {@code pairSince}; {@code loginFailures} and
   * {@code loginLast}: of this login from anywhere since {@code loginSince}; {@code recentEverywhere}:
   * every failure on the server since {@code everywhereSince}; {@code addressLast}: the latest
   * failure from this address, whatever the login.
   */
  record Counts(long pairFailures, Instant pairLast, long loginFailures, Instant loginLast, long recentEverywhere,
      Instant addressLast) {}

  Counts counts(Keys keys, Instant pairSince, Instant loginSince, Instant everywhereSince);

  /** Remembers one failure at {@code at} and forgets failures older than {@code forgetBefore}. */
  void record(Keys keys, Instant at, Instant forgetBefore);

  /** Forgets the failures of one login from one address (it has just succeeded). */
  void forgetPair(Keys keys);

  /** The hashed keys of one attempt. */
  record Keys(String login, String pair, String address) {}
}
