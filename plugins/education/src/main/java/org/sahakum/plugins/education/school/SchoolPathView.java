package org.sahakum.plugins.education.school;

import java.time.LocalDate;
import java.util.List;

/** A child's way back to school as the API answers it. */
public record SchoolPathView(long childId, Long schoolId, Integer grade, String status, LocalDate statusSince,
    List<String> documentsNeeded, List<String> documentsObtained, List<String> barriers) {}
