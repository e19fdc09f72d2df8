/**
 * Elections (seats, accepted candidates with statements) and motions (yes, no, abstain): made as
 * drafts, opened from their opening time, which fixes the roll, and closed by their closing time.
 */
package org.sahakum.plugins.governance.elections;
