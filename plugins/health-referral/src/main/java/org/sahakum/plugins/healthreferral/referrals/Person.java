package org.sahakum.plugins.healthreferral.referrals;

/**
 * Who a referral is for, as this module may keep it: a member by the register's id and code, a
 * member's child by the member, a relation and a birth year, or a non-member by a group. Never a name.
 */
record Person(String kind, Long memberId, String memberCode, String childRelation, Integer childBirthYear,
    String clientGroup) {}
