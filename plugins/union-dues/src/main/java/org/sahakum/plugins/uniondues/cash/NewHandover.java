package org.sahakum.plugins.uniondues.cash;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sahakum.plugins.uniondues.Money;

/**
 * The body of {@code POST handovers}: cash a collector handed to the caller.
 *
 * @param collectorAccountId the collector's account id (as payments show it)
 * @param handedOn the day the cash changed hands; not in the future
 * @param currency {@code KHR} or {@code USD}
 * @param amountMinor the cash counted, in minor units
 */
public record NewHandover(
    @NotNull @Positive Long collectorAccountId,
    @NotNull LocalDate handedOn,
    @NotNull @Pattern(regexp = Money.CURRENCIES, message = "must be KHR or USD") String currency,
    @NotNull @Positive @Digits(integer = 10, fraction = 0) @DecimalMax(Money.MAX_AMOUNT_TEXT) BigDecimal amountMinor) {}
