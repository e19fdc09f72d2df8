package org.sahakum.core.twostep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recovery code's hash; {@code usedAt} once it has let someone in. */
@Entity
@Table(name = "account_recovery_code")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(long accountId, String codeHash, Instant now) {
    this.accountId = accountId;
    this.codeHash = codeHash;
    this.createdAt = now;
  }
}
