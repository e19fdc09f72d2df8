package org.sahakum.plugins.education.school;

/** A school as the API answers it. */
public record SchoolView(long id, String name, String place) {

  static SchoolView of(School s) {
    return new SchoolView(s.getId(), s.getName(), s.getPlace());
  }
}
