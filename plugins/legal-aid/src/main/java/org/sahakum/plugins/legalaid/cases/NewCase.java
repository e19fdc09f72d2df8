package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST cases}. It carries no id and no status: the server chooses both.
 *
 * @param caseType one of {@link LegalCase#CASE_TYPES}
 * @param clientKind one of {@link LegalCase#CLIENT_KINDS}
 */
public record NewCase(
    @NotNull
    @Pattern(regexp = LegalCase.CASE_TYPES,
        message = "must be one of consultation, court, detention, labour, family, other")
    String caseType,
    @NotNull
    @Pattern(regexp = LegalCase.CLIENT_KINDS, message = "must be member or non-member")
    String clientKind) {}
