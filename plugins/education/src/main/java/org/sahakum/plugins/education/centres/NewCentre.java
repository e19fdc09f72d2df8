package org.sahakum.plugins.education.centres;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/**
 * The body of {@code POST centres}.
 *
 * @param name what staff call the centre (not an address)
 * @param chapter the slug of the chapter that runs it, or null when the organisation does
 * @param place the khan or province it is in, from {@link Places}, or null
 */
public record NewCentre(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 64) String chapter,
    @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place) {}
