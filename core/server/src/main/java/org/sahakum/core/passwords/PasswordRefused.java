package org.sahakum.core.passwords;

/** A new password that is refused: which field, and why (see {@link Weakness}). */
public class PasswordRefused extends RuntimeException {
  private final String field;
  private final Weakness weakness;

  public PasswordRefused(String field, Weakness weakness) {
    super(field + ": the password " + weakness.reason() + ".", null, false, false);
    this.field = field;
    this.weakness = weakness;
  }

  public String field() {
    return field;
  }

  public Weakness weakness() {
    return weakness;
  }
}
