package org.sahakum.plugins.education.children;

/**
 * A child as lists answer it: never the name, which only {@code GET children/{id}} opens (audited).
 * The guardians are shown by member code.
 */
public record ChildView(long id, String guardianCode, String secondGuardianCode, int birthYear, String gender,
    long centreId, String schoolStatus) {}
