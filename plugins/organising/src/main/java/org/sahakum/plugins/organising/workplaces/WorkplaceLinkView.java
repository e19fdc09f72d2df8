package org.sahakum.plugins.organising.workplaces;

import java.time.Instant;

/** A member's link to a workplace, as the audited read answers it. */
public record WorkplaceLinkView(long id, String memberCode, String workingName, long workplaceId, String label,
    String workplaceKind, String place, String sangkat, Instant consentAt) {}
