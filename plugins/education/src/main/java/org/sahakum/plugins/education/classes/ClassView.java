package org.sahakum.plugins.education.classes;

/** A class as the API answers it, with how many children it holds and how many wait. */
public record ClassView(long id, long centreId, Long termId, String subject, String level, long teacherAccountId,
    String schedule, int capacity, long enrolled, long waiting) {

  static ClassView of(EduClass c, long enrolled, long waiting) {
    return new ClassView(c.getId(), c.getCentreId(), c.getTermId(), c.getSubject().name(), c.getLevel(),
        c.getTeacherAccountId(), c.getSchedule(), c.getCapacity(), enrolled, waiting);
  }
}
