package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side sessions behind opaque tokens. The database holds only a hash of each token, so a
 * copy of the table lets nobody in. Every server of a cluster sees a logout at once.
 */
@ApplicationScoped
public class Sessions {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration ABSOLUTE = Duration.ofHours(12);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** A new session for {@code accountId}; returns the token, which is never stored. */
  @Transactional
  public IssuedToken open(long accountId) {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = now();
    Instant expires = now.plus(ABSOLUTE);
    em.persist(new AuthSession(hash(token), accountId, now, expires));
    return new IssuedToken(token, expires);
  }

  /** A live session as found: whose it is, when it ends at the latest, and when it next needs a touch. */
  record Live(long accountId, Instant expiresAt, Instant touchDueAt) {}

  /** The live session behind a token; an expired or idle session is ended here. */
  @Transactional
  Optional<Live> resolveLive(String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    AuthSession s = em.find(AuthSession.class, hash(token));
    if (s == null) {
      return Optional.empty();
    }
    Instant now = now();
    if (now.isAfter(s.getExpiresAt()) || now.isAfter(s.getLastSeenAt().plus(IDLE))) {
      em.remove(s);
      return Optional.empty();
    }
    if (now.isAfter(s.getLastSeenAt().plus(TOUCH_EVERY))) {
      s.touch(now);
    }
    return Optional.of(new Live(s.getAccountId(), s.getExpiresAt(), s.getLastSeenAt().plus(TOUCH_EVERY)));
  }

  static boolean wellFormed(String token) {
    return token != null && token.length() == 43;
  }

  @Transactional
  public void close(String token) {
    if (token != null) {
      em.createQuery("DELETE FROM AuthSession s WHERE s.tokenHash = :h").setParameter("h", hash(token)).executeUpdate();
    }
  }

  /** Ends every session of an account (disabling, lockdown). Call inside a transaction. */
  public void closeAll(long accountId) {
    em.createQuery("DELETE FROM AuthSession s WHERE s.accountId = :a").setParameter("a", accountId).executeUpdate();
  }

  /** Ends every session of an account but the one of {@code token} (a password change). Call inside a transaction. */
  public void closeAllBut(long accountId, String token) {
    em.createQuery("DELETE FROM AuthSession s WHERE s.accountId = :a AND s.tokenHash <> :h")
        .setParameter("a", accountId).setParameter("h", hash(token)).executeUpdate();
  }

  /** Ends every session of every account homed at one of {@code tenantIds}. Call inside a transaction. */
  public void closeAllAt(java.util.Collection<Long> tenantIds) {
    em.createQuery("DELETE FROM AuthSession s WHERE s.accountId IN "
            + "(SELECT a.id FROM Account a WHERE a.tenantId IN :t)")
        .setParameter("t", tenantIds).executeUpdate();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token as handed to the client once. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
