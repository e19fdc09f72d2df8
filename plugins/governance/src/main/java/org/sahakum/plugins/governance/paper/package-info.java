/**
 * Paper ballots from a meeting: one official enters a box's counts and the members who voted in it
 * (marked as voted at once), another official enters the same counts again to confirm, and only then
 * are they added to the tally.
 */
package org.sahakum.plugins.governance.paper;
