/**
 * Results, shown only once a vote has closed (to members of its scope and staff), the turnout
 * indicator, and the daily scrub that folds a closed vote's counters together.
 */
package org.sahakum.plugins.governance.results;
