package org.sahakum.plugins.legalaid.detention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST detentions/{id}/needs}: a need found when the person is reached (food,
 * water, medicine, HIV medicine ...), and whether it is met yet. Recording a need already on the
 * detention changes whether it is met.
 */
public record NewNeed(
    @NotNull @Pattern(regexp = DetentionNeed.NEEDS,
        message = "must be food, water, medicine, hiv-medicine, legal-counsel or other") String need,
    @NotNull Boolean met) {}
