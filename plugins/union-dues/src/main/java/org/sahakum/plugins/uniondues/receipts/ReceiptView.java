package org.sahakum.plugins.uniondues.receipts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A receipt: one payment as the member's slip shows it. {@code id} is the receipt number, the
 * organisation's own sequence.
 */
public record ReceiptView(long id, String organisation, String memberCode, String workingName, long amountMinor,
    String currency, LocalDate paidOn, String method, String coveredUntil, long collectorAccountId,
    Instant recordedAt, boolean reversed) {}
