package org.sahakum.plugins.governance.elections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST elections/{id}/candidates}: a member nominated by code, with a short statement in km and en. */
public record NewCandidate(
    @NotBlank @Size(max = 40) String memberCode,
    @NotBlank @Size(max = 600) String statementKm,
    @NotBlank @Size(max = 600) String statementEn) {}
