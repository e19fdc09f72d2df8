/**
 * Members enrolled in a dues plan: each enrolment copies the plan's terms and keeps the running
 * totals of the member's ledger, from which {@link org.sahakum.plugins.uniondues.enrolments.Position}
 * computes periods paid, owed and ahead, arrears and good standing.
 */
package org.sahakum.plugins.uniondues.enrolments;
