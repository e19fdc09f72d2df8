package org.sahakum.core.passwords;

/** Why a password is refused; {@link #code()} is the stable name clients show their own words for. */
public enum Weakness {
  /** One of the passwords people use most, or a small change of one. */
  COMMON("password-common", "is one of the passwords people use most; choose another"),
  /** Made of the login name, the group's short name or the organisation's names. */
  PERSONAL("password-personal", "is made from the username or the group's or organisation's name; choose another"),
  /** Otherwise easy to guess: a keyboard row, a date, a repeated or common word. */
  GUESSABLE("password-guessable", "is too easy to guess; a few unrelated words in a row are stronger"),
  /** The new password is the one it replaces. */
  UNCHANGED("password-unchanged", "is the same as the current one; choose a new one");

  private final String code;
  private final String reason;

  Weakness(String code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  public String code() {
    return code;
  }

  /** Plain words for the problem's detail, after the field's name. */
  String reason() {
    return reason;
  }
}
