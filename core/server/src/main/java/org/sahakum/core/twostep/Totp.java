package org.sahakum.core.twostep;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP as authenticator apps make it (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits). A code is
 * accepted one step either side of now, for a phone's clock that is a little off, and only for a
 * step later than the last one used, so a code seen over someone's shoulder is good once.
 */
final class Totp {
  static final Duration STEP = Duration.ofSeconds(30);
  static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The code for the step that holds {@code at}. */
  static String code(byte[] secret, Instant at) {
    try {
      TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
      return String.format("%06d", generator.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), at));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The step {@code code} belongs to, if it is one of now's neighbours later than {@code lastUsedStep}; else -1. */
  static long match(byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null || !code.matches("[0-9]{6}")) {
      return -1;
    }
    long current = now.getEpochSecond() / STEP.getSeconds();
    long found = -1;
    for (long step = current - 1; step <= current + 1; step++) {
      boolean same = MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
          code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).getBytes(StandardCharsets.US_ASCII));
      if (same && step > lastUsedStep && found < 0) {
        found = step;
      }
    }
    return found;
  }

  /** The {@code otpauth://} link an authenticator app reads from a QR code. */
  static String uri(String issuer, String accountLabel, byte[] secret) {
    String label = enc(issuer) + ":" + enc(accountLabel);
    return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + enc(issuer)
        + "&algorithm=SHA1&digits=6&period=30";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
