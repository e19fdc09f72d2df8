package org.sahakum.plugins.education.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST events/{id}/children}: the child, and that the guardian consented to this event. */
public record EventConsent(@NotNull @Positive Long childId,
    @NotNull @AssertTrue(message = "the guardian's consent for this event is required") Boolean guardianConsents) {}
