package org.sahakum.plugins.legalaid.referrals;

import java.time.Instant;

/**
 * A referral as the API answers it: where to, for what, where it stands and the consent on record.
 * It names no client; the case does.
 *
 * @param referralStatus one of {@link Referral#STATUSES} (the {@code status} a list is narrowed by)
 * @param consent one of {@link Referral#CONSENTS}
 * @param consentRecordedBy the account that recorded the client's answer, or null while pending
 */
public record ReferralView(long id, long caseId, long serviceId, String serviceName, String serviceKind,
    String referralNeed, String referralStatus, String consent, Instant consentAt, Long consentRecordedBy, Instant createdAt,
    Instant statusAt) {}
