package org.sahakum.core.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The database's one record of which master key it was sealed with (see {@link MasterKeyCheck}). */
@Entity
@Table(name = "master_key_check")
public class MasterKeyCheckRow {
  static final int ONLY = 1;

  @Id
  private int id;

  @Column(name = "check_value")
  private String checkValue;

  @Column(name = "made_at")
  private Instant madeAt;

  protected MasterKeyCheckRow() {}

  MasterKeyCheckRow(String checkValue, Instant madeAt) {
    this.id = ONLY;
    this.checkValue = checkValue;
    this.madeAt = madeAt;
  }

  String checkValue() {
    return checkValue;
  }
}
