package org.sahakum.plugins.education.school;

import java.time.LocalDate;

/** Support given, as the API answers it. */
public record SupportView(long id, Long childId, String kind, long amountRiel, LocalDate givenOn) {}
