/**
 * The audit trail: append-only (database triggers refuse UPDATE and DELETE), kept per tenant,
 * each entry chained to the one before by a SHA-256 hash, so that a changed or missing entry
 * shows.
 */
package org.sahakum.core.audit;
