package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahakum.core.auth.argon2.Argon2id;

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
   * Each derivation fills 19 MiB. At most {@code PERMITS} run at once (more than the cores only
   * share them), each in one of as many memories kept for the purpose: a check allocates almost
   * nothing, so a burst of logins neither fills the heap nor keeps the collector busy.
   */
  static final int PERMITS = Math.max(2, Runtime.getRuntime().availableProcessors());
  /**
   * Checks that may queue for a permit: some ten seconds of work on two slow cores, and well below
   * Payara's 200 HTTP threads. Past that a login answers 503 with Retry-After at once, instead of
   * holding an HTTP thread until it times out.
   */
  static final int MAX_WAITING = 64;
  private static final long WAIT_SECONDS = 10;
  private static final Semaphore LIMITER = new Semaphore(PERMITS, true);
  private static final ConcurrentLinkedQueue<long[]> MEMORIES = new ConcurrentLinkedQueue<>();
  /** The latest derivations' time, smoothed, to tell a refused caller when to come back. */
  private static volatile long averageNanos = 200_000_000L;

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
      if (LIMITER.getQueueLength() >= MAX_WAITING || !LIMITER.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    int standard = Argon2id.memoryLongs(MEMORY_KIB, PARALLELISM);
    int needed = Argon2id.memoryLongs(memoryKib, parallelism);
    long[] pooled = MEMORIES.poll();
    long[] memory = pooled != null && pooled.length >= needed ? pooled : new long[Math.max(needed, standard)];
    try {
      long start = System.nanoTime();
      byte[] tag = Argon2id.derive(password.getBytes(StandardCharsets.UTF_8), salt, memoryKib, iterations, parallelism,
          length, memory);
      averageNanos = (averageNanos * 7 + (System.nanoTime() - start)) / 8;
      return tag;
    } finally {
      // the pool keeps memories of the standard size only (a hash of other parameters gets its own, once)
      if (memory.length == standard) {
        MEMORIES.offer(memory);
      } else if (pooled != null) {
        MEMORIES.offer(pooled);
      }
      LIMITER.release();
    }
  }

  /** 503: every permit is taken and the queue is full; Retry-After: about when the queue will have drained. */
  private static ServiceUnavailableException busy() {
    long queued = LIMITER.getQueueLength() + PERMITS;
    long seconds = Math.clamp((queued * averageNanos / PERMITS + 999_999_999L) / 1_000_000_000L, 1, 30);
    return new ServiceUnavailableException("The server is busy checking passwords; try again in a moment.", seconds);
  }
}
