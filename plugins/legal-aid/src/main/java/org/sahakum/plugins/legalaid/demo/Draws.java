package org.sahakum.plugins.legalaid.demo;

import java.util.Random;

/** Weighted choices for the demo's stories. */
final class Draws {
  private Draws() {}

  /** The generator of record {@code n} of a stream: the same for the same seed, stream and n. */
  static Random of(long seed, int stream, long n) {
    return new Random(seed ^ (0x9E3779B97F4A7C15L * (n + 1)) ^ ((long) stream << 48));
  }

  /** One of {@code values}, where {@code weights[i]} is the weight of {@code values[i]}. */
  static String pick(Random r, String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int draw = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /** One of {@code values}, evenly. */
  static String any(Random r, String... values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * The register position of the member client of record {@code n} of {@code records}: near
   * {@code n}'s share of the register (so a batch of records needs one window of members), give or
   * take {@link #JITTER}, so some members have several records and some none.
   */
  static int memberNear(Random r, long n, long records, int members) {
    long centre = records == 0 ? 0 : n * members / records;
    long p = centre + r.nextInt(2 * JITTER + 1) - JITTER;
    return (int) Math.max(0, Math.min(members - 1L, p));
  }

  static final int JITTER = 40;
}
