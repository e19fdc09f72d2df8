package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts failed logins over the last hour, per login name (tenant and username, whether or not
 * such an account exists, so that throttling reveals nothing) and per address. Kept in the
 * database, so every server of a cluster counts the same failures.
 */
@ApplicationScoped
public class LoginThrottle {
  private static final Duration WINDOW = Duration.ofHours(1);

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  private final int perName = limit("sahakum.login.max-failures-per-name", 100);
  private final int perAddress = limit("sahakum.login.max-failures-per-address", 1000);

  /** Whether another attempt at this name from this address may be checked now. */
  public boolean allows(String tenant, String username, String address) {
    Instant since = now().minus(WINDOW);
    return count(nameKey(tenant, username), since) < perName && count(addressKey(address), since) < perAddress;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String tenant, String username, String address) {
    Instant now = now();
    for (String subject : new String[] {nameKey(tenant, username), addressKey(address)}) {
      em.createQuery("DELETE FROM LoginFailure f WHERE f.subject = :s AND f.at < :old")
          .setParameter("s", subject).setParameter("old", now.minus(WINDOW)).executeUpdate();
      em.persist(new LoginFailure(subject, now));
    }
  }

  private long count(String subject, Instant since) {
    return em.createQuery("SELECT COUNT(f) FROM LoginFailure f WHERE f.subject = :s AND f.at >= :since", Long.class)
        .setParameter("s", subject).setParameter("since", since).getSingleResult();
  }

  private static String nameKey(String tenant, String username) {
    return hash("name|" + tenant + "|" + username);
  }

  private static String addressKey(String address) {
    return hash("addr|" + address);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static int limit(String key, int fallback) {
    return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
  }
}
