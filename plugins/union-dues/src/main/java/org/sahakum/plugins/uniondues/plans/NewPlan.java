package org.sahakum.plugins.uniondues.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sahakum.plugins.uniondues.Money;

/**
 * The body of {@code POST plans}.
 *
 * @param nameKm the plan's name in Khmer
 * @param nameEn the plan's name in English
 * @param currency {@code KHR} or {@code USD}
 * @param amountMinor what one period costs, in minor units
 * @param period {@code MONTHLY}, {@code QUARTERLY} or {@code YEARLY}
 * @param startsOn the first day dues are owed under this plan
 * @param gracePeriods how many periods a member may owe and stay in good standing (0 to 12)
 */
public record NewPlan(
    @NotBlank @Size(max = 100) String nameKm,
    @NotBlank @Size(max = 100) String nameEn,
    @NotNull @Pattern(regexp = Money.CURRENCIES, message = "must be KHR or USD") String currency,
    @NotNull @Positive @Digits(integer = 10, fraction = 0) @DecimalMax(Money.MAX_AMOUNT_TEXT) BigDecimal amountMinor,
    @NotNull @Pattern(regexp = DuesPeriod.NAMES, message = "must be MONTHLY, QUARTERLY or YEARLY") String period,
    @NotNull LocalDate startsOn,
    @NotNull @Min(0) @Max(12) Integer gracePeriods) {}
