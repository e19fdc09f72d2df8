package org.sahakum.api;

/**
 * Who a person served who is not a member is, as modules record them instead of a name: a walk-in,
 * someone from a poor family, a student, or someone else. One list for every module (legal aid's
 * clients, health referral's patients), so that counts by group add up across modules.
 */
public final class ClientGroups {
  /** Every group, as a regular expression for Bean Validation. */
  public static final String ALL = "walk-in|poor-family|student|other";

  /** What a client is told when a group is not on the list. */
  public static final String MESSAGE = "must be walk-in, poor-family, student or other";

  private ClientGroups() {}
}
