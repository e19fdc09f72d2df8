/**
 * Members' standing: periods paid and owed, arrears and good standing, for treasurers, for the
 * member themself, and for other modules through the {@link org.sahakum.api.GoodStanding} port.
 */
package org.sahakum.plugins.uniondues.standing;
