package org.sahakum.plugins.uniondues.payments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment as the API answers it.
 *
 * @param id the payment's id within the platform
 * @param amountMinor the amount in minor units of {@code currency}
 * @param currency {@code KHR} or {@code USD}
 * @param paidOn the day the member paid
 * @param recordedAt when the payment was recorded
 */
public record PaymentView(long id, long amountMinor, String currency, LocalDate paidOn, Instant recordedAt) {

  static PaymentView of(DuesPayment p) {
    return new PaymentView(p.getId(), p.getAmountMinor(), p.getCurrency(), p.getPaidOn(), p.getRecordedAt());
  }
}
