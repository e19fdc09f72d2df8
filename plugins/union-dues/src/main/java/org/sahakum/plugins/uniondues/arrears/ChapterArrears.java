package org.sahakum.plugins.uniondues.arrears;

/** What the members of one chapter owe, in one currency; {@code chapter} is null for members of no chapter. */
public record ChapterArrears(String chapter, String currency, long membersInArrears, long periodsOwed,
    long arrearsMinor) {}
