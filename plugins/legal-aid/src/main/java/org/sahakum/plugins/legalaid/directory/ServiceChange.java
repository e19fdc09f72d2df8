package org.sahakum.plugins.legalaid.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/**
 * The body of {@code PUT services/{id}}: the whole entry as it should be now; {@code active} false
 * takes it out of the choices for new referrals, while its referrals keep pointing at it.
 */
public record ServiceChange(
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = Service.KINDS, message = Service.KINDS_MESSAGE) String serviceKind,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String area,
    @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
    @NotNull Boolean active) {

  /** A phone number as people write it: digits, spaces, +, -, parentheses. */
  static final String PHONE = "[0-9+() -]{3,32}";

  static final String PHONE_MESSAGE = "must be 3 to 32 digits, spaces, +, - or parentheses";
}
