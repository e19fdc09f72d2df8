package org.sahakum.core.audit;

import java.time.Instant;

/**
 * One entry as {@code GET .../audit} lists it, read by the query straight into this record (no
 * managed entity per row). Top-level because a JPQL constructor expression names the class.
 */
public record ListedAuditEntry(long seq, Instant at, Long actor, String action, String targetType, String targetId,
    String reason, String hash) {}
