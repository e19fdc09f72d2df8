package org.sahakum.core.auth.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The throttle's rules over a {@link FailureStore} and a clock; plain Java, so it is tested without a server. */
public final class Throttle {
  private final FailureStore store;
  private final ThrottlePolicy policy;
  private final Clock clock;

  public Throttle(FailureStore store, ThrottlePolicy policy, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
  }

  /** How long an attempt at {@code login} from {@code address} must still wait; empty: check it now. */
  public Optional<Duration> wait(String login, String address) {
    Instant now = now();
    FailureStore.Counts counts = store.counts(keys(login, address), now.minus(policy.memory()),
        now.minus(ThrottlePolicy.ATTACK_WINDOW), now.minus(ThrottlePolicy.SPRAY_WINDOW));
    return policy.wait(counts, now);
  }

  public void failed(String login, String address) {
    Instant now = now();
    store.record(keys(login, address), now, now.minus(policy.memory()));
  }

  public void succeeded(String login, String address) {
    store.forgetPair(keys(login, address));
  }

  /**
   * What a login attempt is aimed at, as the account look-up matches it: the account itself when
   * the look-up found one (so "Admin" and "admin" are one login wherever the database's collation
   * says so), else the tenant and the name folded the way that collation folds them (case, accents,
   * trailing spaces), so that a name without an account is throttled the same and reveals nothing.
   */
  public static String login(Long tenantId, String tenantSlug, Long accountId, String username) {
    if (accountId != null) {
      return "account|" + accountId;
    }
    String tenant = tenantId != null ? "id:" + tenantId : "slug:" + fold(tenantSlug);
    return "name|" + tenant + "|" + fold(username);
  }

  /** Case, accents and trailing spaces do not tell names apart (MariaDB's utf8mb4_unicode_ci). */
  static String fold(String s) {
    String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll(" +$", "");
  }

  static FailureStore.Keys keys(String login, String address) {
    return new FailureStore.Keys(hash("login|" + login), hash("pair|" + login + "|" + address), hash("addr|" + address));
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
