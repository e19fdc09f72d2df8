package org.sahakum.api;

/**
 * Something that happened to a member of an organisation's register. Modules refer to members
 * by {@link #memberId()} only; the core keeps who the member is.
 */
public record MemberEvent(Kind kind, long memberId) {

  /** What happened. */
  public enum Kind {
    /** An organiser approved the member's registration. */
    APPROVED,
    /** The member was suspended; their rows stay, but they should not be acted on as active. */
    SUSPENDED,
    /** The member asked to be forgotten: erase or anonymise every row that points at them. */
    ERASED
  }
}
