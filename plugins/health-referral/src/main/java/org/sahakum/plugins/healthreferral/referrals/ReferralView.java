package org.sahakum.plugins.healthreferral.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the API answers it. {@code serviceCategory} is opened only for one referral at a
 * time (an audited read); lists answer it as null. {@code mistreatment} lists the kinds kept with
 * the person's consent.
 */
public record ReferralView(long id, String slipCode, String personKind, String memberCode, String childRelation,
    Integer childBirthYear, String clientGroup, long facilityId, String facilityNameKm, String facilityNameEn,
    String facilityKind, String serviceCategory, String urgency, String consent, Instant consentAt,
    Long consentRecordedBy, String referralStatus, Instant statusAt, Instant createdAt, LocalDate referredOn,
    LocalDate followUpDue, String notAttendedReason, String outcome, Instant followedUpAt, boolean escortNeeded,
    Long escortAccountId, long transportRiel, Long feeAskedRiel, Long feePaidRiel, String exemption,
    Long outOfPocketRiel, List<String> mistreatment) {}
