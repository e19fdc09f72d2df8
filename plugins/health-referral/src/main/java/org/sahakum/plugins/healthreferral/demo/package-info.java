/** Demo data for {@code SAHAKUM_DEMO=1}: a fictional directory and referrals at the demo's scale. */
package org.sahakum.plugins.healthreferral.demo;
