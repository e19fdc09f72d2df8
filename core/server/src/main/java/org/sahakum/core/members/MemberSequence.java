package org.sahakum.core.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next member number of an organisation; locked while a code is taken, so codes never repeat. */
@Entity
@Table(name = "member_sequence")
public class MemberSequence {

  @Id
  @Column(name = "org_id")
  private long orgId;

  @Column(name = "next_value")
  private long nextValue;

  protected MemberSequence() {}

  MemberSequence(long orgId) {
    this.orgId = orgId;
    this.nextValue = 1;
  }

  long take() {
    return nextValue++;
  }
}
