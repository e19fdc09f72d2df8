package org.sahakum.plugins.legalaid.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST cases/{id}/notes}: the note's text, sealed before it is stored. */
public record NewNote(@NotBlank @Size(max = 5000) String text) {}
