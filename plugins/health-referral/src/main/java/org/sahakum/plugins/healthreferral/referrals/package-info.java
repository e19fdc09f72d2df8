/**
 * Referrals: a member, a member's child (relation and birth year only) or a non-member (by group)
 * referred to a facility for a coarse service category, sealed at rest; consent on record before
 * anything is made; escort, transport money, status, follow-up, costs, mistreatment recorded for
 * advocacy with its own consent, and the slip the person carries.
 */
package org.sahakum.plugins.healthreferral.referrals;
