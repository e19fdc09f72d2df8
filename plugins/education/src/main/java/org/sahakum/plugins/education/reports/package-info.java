/**
 * Education's figures: indicators (counts of children by chapter and month, for reports and, where
 * the organisation publishes them, its network) and the attendance rate per class and month.
 */
package org.sahakum.plugins.education.reports;
