package org.sahakum.plugins.healthreferral.indicators;

import java.util.List;

/** Out-of-pocket costs in bands of riel, so that no amount points at a visit. */
public final class Bands {
  /** The bands, lowest first. */
  public static final List<String> ALL = List.of("0", "1-10000", "10001-50000", "50001-200000", "200001-and-more");

  private Bands() {}

  /** The band of an amount in riel. */
  public static String of(long riel) {
    if (riel <= 0) {
      return ALL.get(0);
    }
    if (riel <= 10_000) {
      return ALL.get(1);
    }
    if (riel <= 50_000) {
      return ALL.get(2);
    }
    return riel <= 200_000 ? ALL.get(3) : ALL.get(4);
  }
}
