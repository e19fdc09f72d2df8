package org.sahakum.core.auth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter the database's triggers move whenever sessions, accounts, tenants, grants or role
 * settings change (see the V7 migration). Read-only here.
 */
@Entity
@Table(name = "security_epoch")
public class SecurityEpoch {
  static final byte THE_ONLY_ROW = 1;

  @Id
  private byte id;

  private long n;

  protected SecurityEpoch() {}

  long value() {
    return n;
  }
}
