/**
 * Chapter lockdown, for use after a raid or a seized phone: one organisation admin locks a
 * chapter; its accounts' sessions end at once and they cannot log in; identity reveals (and,
 * later, exports) are refused there. Lifting needs two different admins.
 */
package org.sahakum.core.lockdown;
