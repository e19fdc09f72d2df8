package org.sahakum.auditchain;

import java.util.List;

/**
 * Walks one tenant's chain from entry 1 and recomputes every hash: the plain one before the
 * chain's {@link KeyedFrom} start, the keyed one from there on, and the start's mark. A changed
 * field, a removed entry or an inserted one breaks the chain where it happened; the head must then
 * agree with the last entry, so entries cut off the end show too.
 *
 * <p>The walk proves that the entries still fit together and with the head, and that whoever
 * wrote the keyed entries held the {@link ChainKey}: someone able to write the database but
 * without the master key cannot rewrite a keyed entry, even with every entry after it and the
 * head. What it cannot prove alone is that no entries were cut off the end together with the head
 * row set back to an earlier entry: a head kept elsewhere ({@code bin/sahakum audit-head}) shows that.
 */
public final class ChainVerifier {
  /** Entries read per query in a {@linkplain #verifyPaged paged} walk. */
  public static final int PAGE_SIZE = 1000;

  /**
   * Reads one tenant's entries whose seq is at least {@code fromSeq}, in ascending seq, at most
   * {@code limit} of them.
   */
  @FunctionalInterface
  public interface EntryPages<X extends Exception> {
    List<AuditEntry> read(long fromSeq, int limit) throws X;
  }

  /** Reads one tenant's head; null when the tenant has none. */
  @FunctionalInterface
  public interface HeadReader<X extends Exception> {
    ChainHead read() throws X;
  }

  private final long tenantId;
  private final ChainKey key;
  private final KeyedFrom keyedFrom;
  private String prev = ChainHash.GENESIS;
  private long expectedSeq = 1;
  private boolean markChecked;
  private ChainVerdict broken;

  private ChainVerifier(long tenantId, ChainKey key, KeyedFrom keyedFrom) {
    if (key == null) {
      throw new IllegalArgumentException("the chain key is needed to verify a keyed chain");
    }
    this.tenantId = tenantId;
    this.key = key;
    this.keyedFrom = keyedFrom;
  }

  /**
   * Verifies entries held in memory, in the order given.
   *
   * @param keyedFrom where the chain turns keyed, as stored; null when the store has none, which
   *     is itself a break (every chain is keyed from its creation or from the upgrade that keyed it)
   * @param head the tenant's head, or null to skip that check
   */
  public static ChainVerdict verify(long tenantId, ChainKey key, KeyedFrom keyedFrom, List<AuditEntry> entries,
      ChainHead head) {
    ChainVerifier walk = new ChainVerifier(tenantId, key, keyedFrom);
    if (walk.unkeyed()) {
      return walk.broken;
    }
    return walk.acceptAll(entries) ? walk.end(head) : walk.broken;
  }

  /**
   * Verifies a chain read page by page, so a long trail never sits in memory whole. The head is
   * read after the last page.
   */
  public static <X extends Exception> ChainVerdict verifyPaged(long tenantId, ChainKey key, KeyedFrom keyedFrom,
      EntryPages<X> pages, HeadReader<X> head) throws X {
    return verifyPaged(tenantId, key, keyedFrom, pages, head, PAGE_SIZE);
  }

  /** As {@link #verifyPaged(long, ChainKey, KeyedFrom, EntryPages, HeadReader)}, {@code pageSize} entries per read. */
  public static <X extends Exception> ChainVerdict verifyPaged(long tenantId, ChainKey key, KeyedFrom keyedFrom,
      EntryPages<X> pages, HeadReader<X> head, int pageSize) throws X {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    ChainVerifier walk = new ChainVerifier(tenantId, key, keyedFrom);
    if (walk.unkeyed()) {
      return walk.broken;
    }
    while (true) {
      List<AuditEntry> page = pages.read(walk.expectedSeq, pageSize);
      if (!walk.acceptAll(page)) {
        return walk.broken;
      }
      if (page.size() < pageSize) {
        return walk.end(head.read());
      }
    }
  }

  private boolean unkeyed() {
    if (keyedFrom == null || keyedFrom.seq() < 1 || keyedFrom.mark() == null) {
      broken = ChainVerdict.keyedStartChanged(1);
      return true;
    }
    return false;
  }

  private boolean acceptAll(List<AuditEntry> entries) {
    for (AuditEntry e : entries) {
      if (!accept(e)) {
        return false;
      }
    }
    return true;
  }

  private boolean accept(AuditEntry e) {
    if (e.seq() != expectedSeq) {
      // a lower seq than expected is an extra entry in the place of the expected one
      broken = e.seq() > expectedSeq ? ChainVerdict.missing(expectedSeq) : ChainVerdict.changed(expectedSeq);
      return false;
    }
    boolean keyed = e.seq() >= keyedFrom.seq();
    String hash = keyed ? ChainHash.keyed(key, prev, tenantId, e) : ChainHash.of(prev, tenantId, e);
    if (!prev.equals(e.prevHash()) || !hash.equals(e.hash())) {
      broken = ChainVerdict.changed(expectedSeq);
      return false;
    }
    if (e.seq() == keyedFrom.seq() && !markHolds()) {
      return false;
    }
    prev = hash;
    expectedSeq++;
    return true;
  }

  /** Checks the start's mark against the hash of the entry before it, which {@code prev} holds now. */
  private boolean markHolds() {
    markChecked = true;
    if (!ChainHash.keyedFromMark(key, tenantId, keyedFrom.seq(), prev).equals(keyedFrom.mark())) {
      broken = ChainVerdict.keyedStartChanged(expectedSeq);
      return false;
    }
    return true;
  }

  private ChainVerdict end(ChainHead head) {
    long last = expectedSeq - 1;
    if (!markChecked) {
      // no keyed entry yet: the plain entries must reach up to the start, and the mark must fit them
      if (last < keyedFrom.seq() - 1) {
        return ChainVerdict.cutOffAfter(last);
      }
      if (!markHolds()) {
        return broken;
      }
    }
    if (head != null && (head.lastSeq() != last || !prev.equals(head.lastHash()))) {
      return ChainVerdict.cutOffAfter(last);
    }
    return ChainVerdict.intact(last);
  }
}
