/**
 * The organisation's directory of health facilities: what kind, where, which services, how they
 * charge, and the members' anonymous ratings (shown from five on). Entries are retired, never
 * deleted once a referral points to them. No person is named here.
 */
package org.sahakum.plugins.healthreferral.facilities;
