/**
 * The audit trail: append-only (database triggers refuse UPDATE and DELETE), kept per tenant,
 * each entry chained to the one before by an HMAC-SHA256 with a key derived from the master key
 * (plain SHA-256 for entries written before chains were keyed), so that a changed or missing entry
 * shows, even to someone who can rewrite the database but does not hold the master key.
 *
 * <p>An entry is written in two steps. It is inserted into {@code audit_pending} in the
 * transaction of the work it records, so the two commit or roll back together; then the
 * {@link org.sahakum.core.audit.AuditChainer} moves it into the chain under the head's lock, in a
 * short transaction of its own. Work never holds a head, so one tenant's writes do not queue on
 * it. Between the two steps (normally milliseconds) an entry is durable but not yet chained:
 * someone who can write the database could change it unseen in that window. Reading or verifying
 * a trail chains what waits first.
 */
package org.sahakum.core.audit;
