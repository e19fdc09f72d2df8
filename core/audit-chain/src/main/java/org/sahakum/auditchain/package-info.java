/**
 * The audit trail's hash chain, with no dependencies: {@link org.sahakum.auditchain.ChainHash}
 * is the one definition of an entry's hash, and {@link org.sahakum.auditchain.ChainVerifier}
 * walks a tenant's entries from the first and compares the end with the chain's head. The
 * server's verification call and the offline {@code bin/sahakum verify-audit} both use it, so the
 * two can never disagree about what an intact chain is.
 */
package org.sahakum.auditchain;
