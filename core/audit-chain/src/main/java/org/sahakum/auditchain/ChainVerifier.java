package org.sahakum.auditchain;

import java.util.List;

/**
 * Walks one tenant's chain from entry 1 and recomputes every hash. A changed field, a removed
 * entry or an inserted one breaks the chain where it happened; the head must then agree with the
 * last entry, so entries cut off the end show too.
 *
 * <p>The walk proves that the entries still fit together and with the head. Someone able to
 * rewrite every entry after a change, and the head, is not caught by this alone.
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
  private String prev = ChainHash.GENESIS;
  private long expectedSeq = 1;
  private ChainVerdict broken;

  private ChainVerifier(long tenantId) {
    this.tenantId = tenantId;
  }

  /**
   * Verifies entries held in memory, in the order given.
   *
   * @param head the tenant's head, or null to skip that check
   */
  public static ChainVerdict verify(long tenantId, List<AuditEntry> entries, ChainHead head) {
    ChainVerifier walk = new ChainVerifier(tenantId);
    return walk.acceptAll(entries) ? walk.end(head) : walk.broken;
  }

  /**
   * Verifies a chain read page by page, so a long trail never sits in memory whole. The head is
   * read after the last page.
   */
  public static <X extends Exception> ChainVerdict verifyPaged(long tenantId, EntryPages<X> pages,
      HeadReader<X> head) throws X {
    return verifyPaged(tenantId, pages, head, PAGE_SIZE);
  }

  /** As {@link #verifyPaged(long, EntryPages, HeadReader)}, with {@code pageSize} entries per read. */
  public static <X extends Exception> ChainVerdict verifyPaged(long tenantId, EntryPages<X> pages,
      HeadReader<X> head, int pageSize) throws X {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    ChainVerifier walk = new ChainVerifier(tenantId);
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
    String hash = ChainHash.of(prev, tenantId, e);
    if (!prev.equals(e.prevHash()) || !hash.equals(e.hash())) {
      broken = ChainVerdict.changed(expectedSeq);
      return false;
    }
    prev = hash;
    expectedSeq++;
    return true;
  }

  private ChainVerdict end(ChainHead head) {
    long last = expectedSeq - 1;
    if (head != null && (head.lastSeq() != last || !prev.equals(head.lastHash()))) {
      return ChainVerdict.cutOffAfter(last);
    }
    return ChainVerdict.intact(last);
  }
}
