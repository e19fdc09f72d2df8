package org.sahakum.plugins.legalaid.violations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/**
 * A victim of an act: a member (by the register's id, until they are erased) or a person who is
 * not a member and is never named. An erased member's victim row stays, anonymous, so counts hold.
 */
@Entity
@Table(name = "legal_violation_victim")
public class ViolationVictim extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "act_id", nullable = false)
  private long actId;

  @Column(name = "member_id")
  private Long memberId;

  protected ViolationVictim() {}

  ViolationVictim(long actId, Long memberId) {
    this.actId = actId;
    this.memberId = memberId;
  }

  public long getActId() {
    return actId;
  }

  public Long getMemberId() {
    return memberId;
  }
}
