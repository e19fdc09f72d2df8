package org.sahakum.plugins.education.demo;

import java.util.SplittableRandom;

/** The random draws of one demo record, from the run's seed and the record's number, so a top-up repeats a fresh run. */
final class Draw {
  private final SplittableRandom random;

  Draw(long seed, long record) {
    this.random = new SplittableRandom(seed * 1_000_003L + record);
  }

  /** A number from 0 to {@code bound} - 1. */
  int below(int bound) {
    return random.nextInt(bound);
  }
}
