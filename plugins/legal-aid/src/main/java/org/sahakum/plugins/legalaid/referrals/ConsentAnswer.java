package org.sahakum.plugins.legalaid.referrals;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT referrals/{id}/consent}: the client's answer. False after consent was
 * given is a withdrawal.
 */
public record ConsentAnswer(@NotNull Boolean given) {}
