package org.sahakum.plugins.uniondues.reports;

/**
 * Dues collected in one month (by the day members paid) in one chapter and currency. Reversals
 * count against the month of the payment they undo. Amounts in minor units.
 */
public record CollectionRow(String month, String chapter, String currency, long payments, long collectedMinor,
    long reversedMinor, long netMinor) {}
