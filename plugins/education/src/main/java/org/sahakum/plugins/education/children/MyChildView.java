package org.sahakum.plugins.education.children;

/** A guardian's own child as {@code my-children} answers it: the name, and attendance so far. */
public record MyChildView(long id, String name, int birthYear, String schoolStatus, long present, long late,
    long absent) {}
