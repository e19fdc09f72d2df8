package org.sahakum.plugins.education.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT classes/{id}/sessions/{sessionId}/marks/{childId}}.
 *
 * @param status the corrected mark
 * @param reason why it changes; required after the day of the session
 */
public record Correction(
    @NotNull @Pattern(regexp = MarkStatus.NAMES, message = "must be PRESENT, LATE or ABSENT") String status,
    @Size(max = 500) String reason) {}
