package org.sahakum.plugins.healthreferral.referrals;

import java.security.SecureRandom;

/**
 * A slip's short code: 8 characters a person can read out by phone, from an alphabet without the
 * look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B). Random, so a code says nothing about the holder or the
 * order of referrals; unique across the table (a clash is drawn again).
 */
public final class SlipCodes {
  static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SlipCodes() {}

  public static String next() {
    char[] code = new char[8];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /** Upper-cased, spaces and hyphens dropped, as a person may read it out. */
  public static String normalise(String typed) {
    return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
  }
}
