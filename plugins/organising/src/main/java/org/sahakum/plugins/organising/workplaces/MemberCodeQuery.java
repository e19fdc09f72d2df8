package org.sahakum.plugins.organising.workplaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST workplace-links/search}: whose links, by member code (in the body, never in a URL). */
public record MemberCodeQuery(@NotBlank @Size(max = 40) String memberCode) {}
