package org.sahakum.plugins.education.events;

import java.time.LocalDate;

/** An event as the API answers it. */
public record EventView(long id, String name, String kind, LocalDate heldOn) {}
