package org.sahakum.plugins.organising.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sahakum.api.Places;
import org.sahakum.plugins.organising.stock.Materials;

/** The body of {@code POST events}: an event held, its others as a count, the materials it used (from the stock). */
public record NewEvent(
    @NotNull @Pattern(regexp = OrgEvent.KINDS, message = "must be one of the kinds of event") String eventKind,
    @NotNull @PastOrPresent LocalDate heldOn,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place,
    @Size(max = 200) String partners,
    Long campaignId,
    @Min(0) @Max(100_000) Integer othersCount,
    @Min(0) @Max(100_000) Integer maleCondoms,
    @Min(0) @Max(100_000) Integer femaleCondoms,
    @Min(0) @Max(100_000) Integer lubricant,
    @Min(0) @Max(100_000) Integer leaflets,
    @Min(0) @Max(100_000) Integer booklets,
    @Min(0) @Max(100_000) Integer posters) implements Materials {}
