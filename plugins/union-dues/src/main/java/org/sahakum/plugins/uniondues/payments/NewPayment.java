package org.sahakum.plugins.uniondues.payments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * The body of {@code POST payments}. It carries no id: the server chooses it. That {@code paidOn}
 * is not in the future is checked by the resource against the module's clock, not here.
 *
 * @param amountMinor the amount in minor units (sen or cents), 1 to {@link DuesPayment#MAX_AMOUNT_MINOR}
 * @param currency {@code KHR} or {@code USD}
 * @param paidOn the day the member paid, ISO format ({@code 2025-03-01})
 */
public record NewPayment(
    @NotNull @Positive @Max(DuesPayment.MAX_AMOUNT_MINOR)
    Long amountMinor,
    @NotNull @Pattern(regexp = DuesPayment.CURRENCIES, message = "must be KHR or USD")
    String currency,
    @NotNull
    LocalDate paidOn) {}
