package org.sahakum.plugins.legalaid.trainings;

/** A member who attended, as the register names them now. */
public record AttendeeView(String memberCode, String workingName) {}
