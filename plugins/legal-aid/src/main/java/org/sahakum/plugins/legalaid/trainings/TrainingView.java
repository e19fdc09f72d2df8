package org.sahakum.plugins.legalaid.trainings;

import java.time.LocalDate;

/**
 * A training as the API answers it, with its attendance as counts.
 *
 * @param memberAttendees members on record as attending
 * @param nonMemberAttendees people who are not members, counted
 * @param anonymousAttendees members who attended and have since been erased, counted
 * @param attendees everyone who came
 */
public record TrainingView(long id, String topic, LocalDate heldOn, String place, String facilitator,
    Integer capacity, long memberAttendees, int nonMemberAttendees, int anonymousAttendees, long attendees) {

  static TrainingView of(Training t, long members) {
    return new TrainingView(t.getId(), t.getTopic(), t.getHeldOn(), t.getPlace(), t.getFacilitator(),
        t.getCapacity(), members, t.getNonMemberAttendees(), t.getAnonymousAttendees(),
        members + t.getNonMemberAttendees() + t.getAnonymousAttendees());
  }
}
