package org.sahakum.plugins.education.enrolments;

/** A child has a place in a class, or waits for one. */
public enum EnrolmentStatus {
  ENROLLED, WAITING
}
