package org.sahakum.plugins.education.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/** The body of {@code POST schools}: its name and, if given, its khan or province. */
public record NewSchool(
    @NotBlank @Size(max = 100) String name,
    @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String place) {}
