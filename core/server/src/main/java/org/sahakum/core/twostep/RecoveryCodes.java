package org.sahakum.core.twostep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: 12 characters of base32 (60 bits) written {@code xxxx-xxxx-xxxx}. So
 * much chance needs no slow hash; each is kept as SHA-256 bound to its account.
 */
final class RecoveryCodes {
  static final int COUNT = 10;
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> fresh() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 12; c++) {
        if (c > 0 && c % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The hash kept for {@code code} of {@code accountId}; spaces, dashes and capitals do not count. */
  static String hash(long accountId, String code) {
    String plain = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("recovery|" + accountId + "|" + plain).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
