/**
 * Accounts, logins, server-side sessions and permission checks. Shiro authenticates and evaluates
 * permissions; a permission is always asked for in one tenant, and a grant reaches a tenant only
 * as {@link org.sahakum.core.auth.SahakumRealm} allows: never across an organisation's wall.
 */
package org.sahakum.core.auth;
