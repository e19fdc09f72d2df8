package org.sahakum.plugins.uniondues.ledger;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sahakum.plugins.uniondues.Money;

/**
 * The body of {@code POST payments}. Any positive amount is accepted: a part payment, an
 * instalment or several periods ahead. That {@code paidOn} is not in the future is checked against
 * the module's clock, and that the currency is the member's plan's, against the enrolment.
 *
 * @param memberCode the paying member's code
 * @param amountMinor the amount in minor units (sen or cents), 1 to {@link Money#MAX_AMOUNT_MINOR}, a whole number
 * @param currency {@code KHR} or {@code USD}; must be the member's plan's
 * @param paidOn the day the member paid, ISO format ({@code 2025-03-01})
 * @param method {@code CASH}, {@code MOBILE_MONEY} or {@code BANK}
 */
public record NewPayment(
    @NotBlank @Size(max = 40) String memberCode,
    @NotNull @Positive @Digits(integer = 10, fraction = 0) @DecimalMax(Money.MAX_AMOUNT_TEXT) BigDecimal amountMinor,
    @NotNull @Pattern(regexp = Money.CURRENCIES, message = "must be KHR or USD") String currency,
    @NotNull LocalDate paidOn,
    @NotNull @Pattern(regexp = PaymentMethod.NAMES, message = "must be CASH, MOBILE_MONEY or BANK") String method) {

  /** What a retry must repeat exactly to be the same request. */
  String fingerprint() {
    return String.join("|", memberCode, String.valueOf(amountMinor.longValueExact()), currency, paidOn.toString(), method);
  }
}
