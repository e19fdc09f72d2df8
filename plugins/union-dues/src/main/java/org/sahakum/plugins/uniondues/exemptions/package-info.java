/** Hardship exemptions: dues waived for a time, with a reason and an expiry. */
package org.sahakum.plugins.uniondues.exemptions;
