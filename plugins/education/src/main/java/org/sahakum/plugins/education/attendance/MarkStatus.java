package org.sahakum.plugins.education.attendance;

/** One tap on the attendance screen. */
public enum MarkStatus {
  PRESENT, LATE, ABSENT;

  /** Every value, as a regular expression for Bean Validation. */
  public static final String NAMES = "PRESENT|LATE|ABSENT";
}
