package org.sahakum.core.crypto;

/**
 * A store of values sealed under an organisation's data keys, which a key rotation walks to bring
 * every value up to the newest key. The register implements it; a new kind of sealed data adds
 * its own.
 */
public interface SealedRows {

  /** What one batch did. {@code lastId} is -1 when there was nothing after {@code afterId}. */
  record Batch(int rows, long lastId) {}

  /** What {@link #resealAfter} will walk through. */
  long count(long orgId);

  /**
   * Re-seals up to {@code limit} rows of the organisation with ids above {@code afterId}, in
   * ascending id order, under key {@code version}. Runs in a transaction of its own.
   */
  Batch resealAfter(long orgId, long afterId, int limit, int version);
}
