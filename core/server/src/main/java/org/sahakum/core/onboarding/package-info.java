/**
 * Bringing in a tenant's admins by one-time invite: the platform operator onboards a network, a
 * network its organisations, each organisation its own admins. Whoever created a tenant may invite
 * its first admin only while the tenant has no account; from then on only the tenant's own admins
 * invite. Whoever may issue admin invites may also list the open ones (never their codes) and
 * withdraw one at once; the creator then learns only whether the tenant has an account. Nobody
 * above an organisation ever reads its rows this way.
 */
package org.sahakum.core.onboarding;
