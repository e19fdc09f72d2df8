package org.sahakum.plugins.education.attendance;

import java.time.LocalDate;

/** A session as the API answers it: its day, who took it, and how many children were present, late and absent. */
public record SessionView(long id, long classId, LocalDate heldOn, long takenByAccountId, long present, long late,
    long absent) {}
