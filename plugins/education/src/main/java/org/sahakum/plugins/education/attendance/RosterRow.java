package org.sahakum.plugins.education.attendance;

/**
 * A child on a class's attendance screen: the name (only with {@code edu:child:read}, audited) and
 * the mark already taken that day, if any, and its session (the key of a correction after the day).
 */
public record RosterRow(long childId, String name, String status, Long sessionId) {}
