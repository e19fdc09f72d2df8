package org.sahakum.plugins.education.classes;

/** What a class teaches. */
public enum Subject {
  KHMER, ENGLISH, MATHEMATICS, ARTS_DANCE, OTHER;

  /** Every value, as a regular expression for Bean Validation. */
  public static final String NAMES = "KHMER|ENGLISH|MATHEMATICS|ARTS_DANCE|OTHER";
}
