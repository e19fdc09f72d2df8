package org.sahakum.plugins.education.attendance;

import java.time.LocalDate;

/** A child absent from the last three sessions of a class: on the teacher's follow-up list since {@code absentSince}. */
public record FollowUpRow(long childId, String name, long classId, LocalDate absentSince) {}
