/**
 * Attendance on a phone: a class's roster in one answer, a session's marks in one request (kept
 * unique per class, day and child so a retry never doubles a row), corrections after the day with
 * a reason, and the follow-up list of children absent three sessions in a row.
 */
package org.sahakum.plugins.education.attendance;
