package org.sahakum.plugins.uniondues.ledger;

/** What a ledger entry is: money received, or the undoing of a payment recorded by mistake. */
public enum EntryKind {
  PAYMENT,
  REVERSAL
}
