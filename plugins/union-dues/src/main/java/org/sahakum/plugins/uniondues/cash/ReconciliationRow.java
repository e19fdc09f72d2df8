package org.sahakum.plugins.uniondues.cash;

import java.time.LocalDate;

/**
 * One collector's cash on one day in one currency: what they recorded (payments less reversals of
 * them) against what they handed over. {@code differenceMinor} is handed over less recorded:
 * negative means cash still with the collector (or missing).
 */
public record ReconciliationRow(long collectorAccountId, LocalDate day, String currency, long entries,
    long recordedMinor, long handedOverMinor, long differenceMinor) {}
