package org.sahakum.plugins.organising.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST stock/receipts}: material that arrived here. */
public record NewReceipt(
    @NotNull @Pattern(regexp = Materials.KINDS, message = "must be one of the kinds of material") String materialKind,
    @NotNull @Min(1) @Max(1_000_000) Integer quantity,
    @NotNull @PastOrPresent LocalDate receivedOn,
    @Size(max = 120) String source) {}
