/**
 * The dues ledger: payments with receipt numbers sequential per organisation, reversals that undo
 * a payment with a reason, and {@code Idempotency-Key} handling. Nothing here is updated or
 * deleted.
 */
package org.sahakum.plugins.uniondues.ledger;
