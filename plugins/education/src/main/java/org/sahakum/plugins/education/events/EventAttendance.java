package org.sahakum.plugins.education.events;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT events/{id}/children/{childId}}: whether the child came. */
public record EventAttendance(@NotNull Boolean attended) {}
