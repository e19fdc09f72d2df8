package org.sahakum.core.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member entered by staff. Only the working name is required. The tenant comes from the URL;
 * {@code chapter} may only name a chapter of that organisation.
 */
public record NewMember(
    @NotBlank @Size(max = 100) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters")
        String workingName,
    @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter's slug") String chapter,
    @Size(max = 200) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters") String legalName,
    @Size(max = 32) @Pattern(regexp = "[0-9 +()-]*", message = "digits, spaces, '+', '(', ')' and '-' only") String phone,
    @Past LocalDate dateOfBirth,
    @Size(max = 64) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters") String idNumber) {

  static final String NO_CONTROL = "[^\\p{Cntrl}]*";
}
