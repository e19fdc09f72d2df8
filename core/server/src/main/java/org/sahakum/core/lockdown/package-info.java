/**
 * Chapter lockdown, for use after a raid or a seized phone: one organisation admin locks a
 * chapter; its accounts' sessions end at once and they cannot log in; identity reveals, exports
 * and member invites are refused there, and so are the modules' sealed values, files and exports
 * about it ({@link org.sahakum.core.lockdown.ModuleLockdown}, the core side of core/api's
 * {@code Lockdown}). Lifting needs two different admins.
 */
package org.sahakum.core.lockdown;
