package org.sahakum.auditchain;

/**
 * A row of {@code audit_chain}: the sequence number and hash of the newest entry, updated with
 * every append. Entries cut off the end leave a chain that is intact by itself; only the head shows it.
 */
public record ChainHead(long lastSeq, String lastHash) {}
