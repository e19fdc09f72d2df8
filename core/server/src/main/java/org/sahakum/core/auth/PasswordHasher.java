package org.sahakum.core.auth;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with OWASP's minimum parameters.
 */
@ApplicationScoped
public class PasswordHasher {
  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /**
   * Each derivation holds about 19 MiB. Without a bound, a burst of logins multiplies that until
   * the heap runs out; with it, the burst queues and memory stays at {@code PERMITS × 19 MiB}.
   */
  static final int PERMITS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final long WAIT_SECONDS = 20;
  private static final Semaphore LIMITER = new Semaphore(PERMITS, true);

  private final SecureRandom random = new SecureRandom();
  private final String dummyHash = hash("not-a-password-" + System.nanoTime());

  public String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return String.format("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        MEMORY_KIB, ITERATIONS, PARALLELISM, B64.encodeToString(salt), B64.encodeToString(out));
  }

  public boolean verify(String password, String phc) {
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual = derive(password, B64D.decode(m.group(4)),
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the same time as a real check, so an unknown account cannot be told apart by timing. */
  public void verifyAgainstDummy(String password) {
    verify(password, dummyHash);
  }

  static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    try {
      if (!LIMITER.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ServiceUnavailableException("The server is busy checking passwords; try again in a moment.", 5L);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted while waiting to check the password.", 5L);
    }
    try {
      return argon2(password, salt, memoryKib, iterations, parallelism, length);
    } finally {
      LIMITER.release();
    }
  }

  private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
      int length) {
    Argon2Function argon2 = Argon2Function.getInstance(memoryKib, iterations, parallelism, length, Argon2.ID,
        Argon2Function.ARGON2_VERSION_13);
    return argon2.hash(password.getBytes(StandardCharsets.UTF_8), salt).getBytes();
  }
}
