package org.sahakum.plugins.education.children;

/** Where a child stands with the public school system: out of school, preparing, enrolled, attending, or dropped out. */
public enum SchoolStatus {
  OUT_OF_SCHOOL, PREPARING, ENROLLED, ATTENDING, DROPPED_OUT;

  /** Every value, as a regular expression for Bean Validation. */
  public static final String NAMES = "OUT_OF_SCHOOL|PREPARING|ENROLLED|ATTENDING|DROPPED_OUT";
}
