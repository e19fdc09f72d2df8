package org.sahakum.core.twostep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's TOTP secret, sealed; inactive until the first code confirms the enrolment. */
@Entity
@Table(name = "account_two_step")
public class TwoStepSecret {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "key_owner")
  private long keyOwner;

  private byte[] secret;
  private boolean active;

  @Column(name = "last_step")
  private long lastStep;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TwoStepSecret() {}

  TwoStepSecret(long accountId, long keyOwner, byte[] sealedSecret, Instant now) {
    this.accountId = accountId;
    this.keyOwner = keyOwner;
    this.secret = sealedSecret;
    this.createdAt = now;
  }

  long accountId() {
    return accountId;
  }

  long keyOwner() {
    return keyOwner;
  }

  byte[] sealed() {
    return secret;
  }

  boolean isActive() {
    return active;
  }

  long lastStep() {
    return lastStep;
  }

  /** The secret sealed again (a key rotation). */
  void reseal(byte[] sealedSecret) {
    this.secret = sealedSecret;
  }

  /** A code of {@code step} was accepted: enrolment is done, and that step cannot be used again. */
  void used(long step) {
    active = true;
    lastStep = step;
  }
}
