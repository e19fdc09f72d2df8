/**
 * Two-step login for staff: a TOTP code (RFC 6238) from an app on the person's phone, one-time
 * recovery codes, and an organisation's choice to require the second step of everyone who holds a
 * sensitive permission there ({@link org.sahakum.core.twostep.TwoStepGate#GUARDED}). The secret is
 * sealed under the organisation's data key; recovery codes are kept only as hashes.
 */
package org.sahakum.core.twostep;
