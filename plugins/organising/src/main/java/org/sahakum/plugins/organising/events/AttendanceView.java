package org.sahakum.plugins.organising.events;

/** A member on an event's attendance list: the register's code and working name only. */
public record AttendanceView(long id, String memberCode, String workingName) {}
