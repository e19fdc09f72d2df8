package org.sahakum.plugins.healthreferral.referrals;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT referrals/{id}/consent}: the person's answer; false after yes is a withdrawal. */
public record ConsentAnswer(@NotNull Boolean given) {}
