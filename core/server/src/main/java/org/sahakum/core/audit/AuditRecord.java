package org.sahakum.core.audit;

import java.time.Instant;

/** An entry as asked for, before the chain gives it a place: who did what to which thing, and when. */
record AuditRecord(long tenantId, Long actorAccountId, String action, String targetType, String targetId,
    String reason, Instant at) {}
