/**
 * Passwords: how strong a new one must be ({@link org.sahakum.core.passwords.PasswordStrength},
 * applied wherever a password is set through {@link org.sahakum.core.passwords.PasswordPolicy}),
 * changing one's own, an admin's reset of a staff password that forces a change at the next
 * login, and the gate that lets such a login do nothing else until then.
 */
package org.sahakum.core.passwords;
