package org.sahakum.plugins.education.children;

/** A child's gender, when the guardian wants it recorded. */
public enum Gender {
  GIRL, BOY, OTHER;

  /** Every value, as a regular expression for Bean Validation. */
  public static final String NAMES = "GIRL|BOY|OTHER";
}
