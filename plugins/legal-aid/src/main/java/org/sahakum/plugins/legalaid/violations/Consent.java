package org.sahakum.plugins.legalaid.violations;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT violations/{id}/consent}: consent to advocacy use, given or withdrawn. */
public record Consent(@NotNull Boolean advocacyConsent) {}
