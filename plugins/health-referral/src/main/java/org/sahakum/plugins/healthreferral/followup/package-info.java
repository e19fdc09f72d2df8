/**
 * The health worker's follow-up queue: referrals due or overdue for a follow-up, the oldest first,
 * and how many are owed, kept by date ({@link org.sahakum.plugins.healthreferral.followup.FollowUpCounts})
 * in the transaction that changes a referral's follow-up.
 */
package org.sahakum.plugins.healthreferral.followup;
