package org.sahakum.plugins.education.reports;

/**
 * A class's attendance in one month: children marked, marks taken and the share of them present or
 * late, in percent. For fewer than {@link ReportResource#SMALL} children the figures are withheld
 * (null), so that a small class's row cannot be read back to one child.
 */
public record AttendanceRow(String month, long classId, long centreId, Long children, Long marks, Integer ratePercent) {}
