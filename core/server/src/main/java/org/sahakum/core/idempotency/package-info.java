/**
 * {@code Idempotency-Key} on POSTs: the answer to the first request is kept for 24 hours per
 * tenant and account, a repeat gets it back instead of doing the work again, and the same key with
 * another body is refused 422. In a module's request the answer is stored in the request's own
 * transaction, so it is kept exactly when the work is.
 */
package org.sahakum.core.idempotency;
