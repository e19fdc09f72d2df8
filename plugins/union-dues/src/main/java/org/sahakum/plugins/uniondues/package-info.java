/**
 * The union-dues module: the dues members pay to their union, in riel or dollars, recorded by
 * treasurers and organisers.
 *
 * <p>{@link org.sahakum.plugins.uniondues.UnionDuesModule} is the PF4J extension the core loads;
 * {@link org.sahakum.plugins.uniondues.UnionDuesPermissions} lists what the module lets roles do.
 * Each feature lives in its own sub-package: plans, enrolments, exemptions, the ledger, receipts,
 * standing, arrears, cash reconciliation, reports, exports and erasure.
 */
package org.sahakum.plugins.uniondues;
