package org.sahakum.plugins.legalaid.referrals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST referrals}: which case's client goes to which service of the directory,
 * for what. The case and the service are named by id, found only among this organisation's own.
 *
 * @param caseId the case whose client is referred
 * @param serviceId an active service of the directory
 * @param referralNeed one of {@link Referral#NEEDS}
 * @param consentGiven true when the client has just said yes (recorded now, by the caller);
 *     false leaves consent to be recorded later with {@code PUT referrals/{id}/consent}
 */
public record NewReferral(
    @NotNull @Positive Long caseId,
    @NotNull @Positive Long serviceId,
    @NotNull @Pattern(regexp = Referral.NEEDS, message = "must be one of legal-representation, legal-advice, "
        + "health-care, shelter, livelihood, child-support, other") String referralNeed,
    @NotNull Boolean consentGiven) {}
