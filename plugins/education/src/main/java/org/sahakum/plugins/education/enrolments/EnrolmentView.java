package org.sahakum.plugins.education.enrolments;

/**
 * A child's place in a class as the API answers it: {@code ENROLLED}, or {@code WAITING} at
 * {@code position} (1 = next in) on the waiting list; 0 when enrolled.
 */
public record EnrolmentView(long id, long classId, long childId, String status, int position) {}
