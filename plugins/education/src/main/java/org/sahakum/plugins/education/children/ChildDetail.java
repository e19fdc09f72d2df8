package org.sahakum.plugins.education.children;

import java.time.LocalDate;

/** One child's record, with the name opened: answered only with {@code edu:child:read}, each opening audited. */
public record ChildDetail(long id, String name, String guardianCode, String secondGuardianCode, int birthYear,
    String gender, long centreId, String schoolStatus, String consentVersion, LocalDate lastActivityOn,
    boolean reviewAt18) {}
