package org.sahakum.plugins.education.classes;

import java.time.LocalDate;

/** A term as the API answers it. */
public record TermView(long id, String name, LocalDate startsOn, LocalDate endsOn) {

  static TermView of(Term t) {
    return new TermView(t.getId(), t.getName(), t.getStartsOn(), t.getEndsOn());
  }
}
