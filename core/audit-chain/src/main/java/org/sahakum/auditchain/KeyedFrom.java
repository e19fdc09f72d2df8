package org.sahakum.auditchain;

/**
 * Where a tenant's chain turns keyed: entries before {@code seq} carry the plain SHA-256 they
 * were written with before the chain was keyed, entries from {@code seq} on the keyed hash. The
 * {@code mark} (see {@link ChainHash#keyedFromMark}) binds {@code seq} to the tenant and to the
 * hash of the entry before it, so moving the start (to pass rewritten entries off as plain ones)
 * or rewriting the plain entries before it shows. Stored in {@code audit_chain}.
 */
public record KeyedFrom(long seq, String mark) {}
