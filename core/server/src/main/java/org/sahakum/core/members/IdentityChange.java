package org.sahakum.core.members;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member's identifying fields as they are to be from now on (a blank or missing field is
 * cleared), with the reason, as a reveal has one: the change is audited as a reveal is.
 */
public record IdentityChange(
    @Size(max = 200) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters") String legalName,
    @Size(max = 32) @Pattern(regexp = "[0-9 +()-]*", message = "digits, spaces, '+', '(', ')' and '-' only") String phone,
    @Past LocalDate dateOfBirth,
    @Size(max = 64) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters") String idNumber,
    @NotNull @Size(min = 10, max = 500, message = "say why, in 10 to 500 characters")
    @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters") String reason) {}
