/**
 * What a member sees of their own referrals and their children's, their slips, and the anonymous
 * rating of a facility they went to.
 */
package org.sahakum.plugins.healthreferral.mine;
