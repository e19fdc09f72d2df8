/**
 * What health referral offers for its organisation's reports and its network: counts by service
 * category and month, attendance, exemptions, out-of-pocket bands and mistreatment by facility
 * kind. Labels are categories, bands or months, never a name or an id; the core suppresses small cells.
 */
package org.sahakum.plugins.healthreferral.indicators;
