package org.sahakum.plugins.education.events;

/** A child's place at an event: consent recorded, and whether they came (null until known). */
public record EventChildView(long childId, long eventId, boolean consented, Boolean attended) {}
