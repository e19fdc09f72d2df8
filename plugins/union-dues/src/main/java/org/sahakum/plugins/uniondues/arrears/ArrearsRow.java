package org.sahakum.plugins.uniondues.arrears;

/** A member who owes dues. Amounts in minor units of {@code currency}; months as {@code 2025-03}. */
public record ArrearsRow(long memberId, String memberCode, String workingName, String chapter, String currency,
    int periodsOwed, long arrearsMinor, String coveredUntil, boolean inGoodStanding) {}
