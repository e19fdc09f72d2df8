/**
 * The health-referral module: a directory of facilities, referrals of members, their children and
 * non-members to free or low-cost care with consent, escort, cost and follow-up, and the counts
 * that make the costs evidence for the health campaign. No table of this module holds a name.
 */
package org.sahakum.plugins.healthreferral;
