package org.sahakum.plugins.uniondues.exemptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST exemptions}.
 *
 * @param memberCode the member's code
 * @param reason why dues are waived (kept with the exemption; erased with the member)
 * @param startsOn first day of the exemption
 * @param expiresOn last day of the exemption; at most two years after {@code startsOn}
 */
public record NewExemption(
    @NotBlank @Size(max = 40) String memberCode,
    @NotBlank @Size(min = 3, max = 500) String reason,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate expiresOn) {}
