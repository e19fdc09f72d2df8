package org.sahakum.plugins.uniondues.cash;

import java.time.Instant;
import java.time.LocalDate;

/** A cash handover as the API answers it. */
public record HandoverView(long id, long collectorAccountId, LocalDate handedOn, String currency, long amountMinor,
    long receivedByAccountId, Instant recordedAt) {}
