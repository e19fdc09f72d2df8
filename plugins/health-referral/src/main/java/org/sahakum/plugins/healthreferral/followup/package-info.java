/** The health worker's follow-up queue: referrals due or overdue for a follow-up, the oldest first. */
package org.sahakum.plugins.healthreferral.followup;
