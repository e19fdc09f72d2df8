/** What an erased member leaves in health referral: anonymous counts, nothing sealed about them. */
package org.sahakum.plugins.healthreferral.erasure;
