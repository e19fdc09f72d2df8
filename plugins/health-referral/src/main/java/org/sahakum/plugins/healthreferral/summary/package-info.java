/** A member's health referrals on the member's page: counts and the next follow-up, never what for. */
package org.sahakum.plugins.healthreferral.summary;
