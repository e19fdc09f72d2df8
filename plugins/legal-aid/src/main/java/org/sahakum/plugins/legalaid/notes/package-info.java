/**
 * Confidential case notes: sealed at rest with the organisation's data key, bound to their case,
 * read only with {@code legal:notes:read}, every read on the audit trail.
 */
package org.sahakum.plugins.legalaid.notes;
