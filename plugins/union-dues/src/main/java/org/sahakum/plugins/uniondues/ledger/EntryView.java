package org.sahakum.plugins.uniondues.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.MemberRef;
import org.sahakum.plugins.uniondues.Months;

/**
 * A ledger entry as the API answers it. {@code memberCode} is null once the member was erased.
 *
 * @param coveredUntil the first month the member had not paid for once this entry was posted
 */
public record EntryView(long id, String kind, Long receiptNumber, Long reversesId, String memberCode,
    long amountMinor, String currency, String method, LocalDate paidOn, String coveredUntil,
    long collectorAccountId, Instant recordedAt, String reason) {

  public static EntryView of(LedgerEntry e, MemberRef member) {
    return new EntryView(e.getId(), e.getKind().name(), e.getReceiptNumber(), e.getReversesId(),
        member == null ? null : member.memberCode(), e.getAmountMinor(), e.getCurrency(), e.getMethod().name(),
        e.getPaidOn(), Months.label(e.getCoveredUntilAfter()), e.getCollectorAccountId(), e.getRecordedAt(),
        e.getReason());
  }
}
