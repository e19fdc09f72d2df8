/**
 * The audit trail: append-only (database triggers refuse UPDATE and DELETE), kept per tenant,
 * each entry chained to the one before by an HMAC-SHA256 with a key derived from the master key
 * (plain SHA-256 for entries written before chains were keyed), so that a changed or missing entry
 * shows, even to someone who can rewrite the database but does not hold the master key.
 */
package org.sahakum.core.audit;
