package org.sahakum.plugins.legalaid.cases;

import jakarta.validation.constraints.Positive;

/**
 * The body of {@code PUT cases/{id}/assignee}.
 *
 * @param accountId the account of the paralegal or lawyer who takes the case; null unassigns it
 */
public record Assignment(@Positive Long accountId) {}
