package org.sahakum.auditchain;

import java.time.Instant;

/**
 * One row of {@code audit_event} as the chain sees it: the fields the hash covers, the hash of
 * the entry before as stored, and the entry's own stored hash.
 */
public record AuditEntry(long seq, Instant at, Long actorAccountId, String action, String targetType,
    String targetId, String reason, String prevHash, String hash) {}
