package org.sahakum.plugins.uniondues.ledger;

/** How the member paid. Only cash is reconciled against collectors' handovers. */
public enum PaymentMethod {
  CASH,
  MOBILE_MONEY,
  BANK;

  /** The accepted names, as a regular expression for Bean Validation. */
  public static final String NAMES = "CASH|MOBILE_MONEY|BANK";
}
