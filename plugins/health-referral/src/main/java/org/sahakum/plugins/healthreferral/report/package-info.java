/**
 * The health-cost report for the campaign: made referrals counted by two dimensions, small counts
 * and the counts that would reveal them suppressed (core/api {@code SuppressedTable}).
 */
package org.sahakum.plugins.healthreferral.report;
