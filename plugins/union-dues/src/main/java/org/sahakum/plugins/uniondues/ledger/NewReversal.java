package org.sahakum.plugins.uniondues.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST reversals}: undo a payment recorded by mistake.
 *
 * @param paymentId the payment's id
 * @param reason why, for the treasurer's books (no personal data)
 */
public record NewReversal(
    @NotNull @Positive Long paymentId,
    @NotBlank @Size(min = 5, max = 500) String reason) {}
