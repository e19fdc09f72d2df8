package org.sahakum.auditchain;

/**
 * The outcome of a walk over a chain.
 *
 * @param entries how many entries were found intact, from the first on
 * @param firstBrokenSeq the first entry that does not fit, or null when the chain is intact
 * @param problem what is wrong at {@code firstBrokenSeq}, in words, or null when intact
 */
public record ChainVerdict(boolean intact, long entries, Long firstBrokenSeq, String problem) {

  static ChainVerdict intact(long entries) {
    return new ChainVerdict(true, entries, null, null);
  }

  static ChainVerdict missing(long seq) {
    return new ChainVerdict(false, seq - 1, seq, "entry " + seq + " is missing");
  }

  static ChainVerdict changed(long seq) {
    return new ChainVerdict(false, seq - 1, seq, "entry " + seq + " was changed");
  }

  /** The chain's keyed start does not fit: moved, made up, or the plain entries before it rewritten. */
  static ChainVerdict keyedStartChanged(long seq) {
    return new ChainVerdict(false, seq - 1, seq, "the chain's keyed start was changed at entry " + seq);
  }

  static ChainVerdict cutOffAfter(long lastSeq) {
    return new ChainVerdict(false, lastSeq, lastSeq + 1, "entries after " + lastSeq + " are missing");
  }
}
