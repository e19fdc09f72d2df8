/**
 * What legal aid offers for its organisation's reports and, where the organisation publishes
 * them, its network: counts of cases, detentions and referrals by category or month. Labels are
 * categories or months, never a name or an id; the core suppresses small cells.
 */
package org.sahakum.plugins.legalaid.indicators;
