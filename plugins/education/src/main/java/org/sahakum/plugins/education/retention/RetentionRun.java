package org.sahakum.plugins.education.retention;

/** What one application of the retention rule did: how many children's records it anonymised. */
public record RetentionRun(int anonymised) {}
