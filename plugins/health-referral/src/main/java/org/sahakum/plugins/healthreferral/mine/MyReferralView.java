package org.sahakum.plugins.healthreferral.mine;

import java.time.LocalDate;

/**
 * One of the caller's referrals (or their child's): where, where it stands, the slip code, and
 * whether they may still rate the facility. Not what for: a shared phone shows it to others.
 */
public record MyReferralView(long id, String slipCode, String personKind, String childRelation, Integer childBirthYear,
    String facilityNameKm, String facilityNameEn, String referralStatus, LocalDate referredOn, boolean mayRate) {}
