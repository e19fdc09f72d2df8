package org.sahakum.plugins.education.events;

/** A social event, or an exposure visit. */
public enum EventKind {
  SOCIAL_EVENT, EXPOSURE_VISIT;

  /** Every value, as a regular expression for Bean Validation. */
  public static final String NAMES = "SOCIAL_EVENT|EXPOSURE_VISIT";
}
