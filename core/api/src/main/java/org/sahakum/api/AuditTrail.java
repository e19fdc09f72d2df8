package org.sahakum.api;

/**
 * The tenant's append-only, hash-chained audit log. An entry written here commits or rolls back
 * with the request's transaction. The core prefixes the action with the module's id, stamps the
 * tenant, the caller and the time.
 *
 * <p>Never pass personal data (names, phones, notes): name the kind of thing and its id.
 */
public interface AuditTrail {

  /**
   * Records an event.
   *
   * @param action what happened, e.g. {@code case.created} or {@code notes.read}
   * @param targetType the kind of thing acted on, e.g. {@code case}
   * @param targetId its id, or {@code null}
   */
  void record(String action, String targetType, String targetId);

  /**
   * Records a read that changes nothing, such as a page of a list. The entry is on record before
   * this returns; outside a transaction the core batches it with other requests' reads, so busy
   * readers do not queue on the chain one by one. Inside a transaction it is {@link #record}.
   */
  default void recordRead(String action, String targetType, String targetId) {
    record(action, targetType, targetId);
  }
}
