package org.sahakum.plugins.healthreferral.followup;

import java.time.LocalDate;

/**
 * One referral owed a follow-up: who (code, child or group), where, since when, and how many days
 * overdue. Never what for.
 */
public record FollowUpRow(long id, String slipCode, String personKind, String memberCode, String childRelation,
    Integer childBirthYear, String clientGroup, String facilityNameKm, String facilityNameEn, String urgency,
    String referralStatus, String notAttendedReason, boolean escortNeeded, LocalDate referredOn, LocalDate followUpDue,
    long daysOverdue) {}
