package org.sahakum.plugins.governance.roll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.sahakum.api.TenantOwned;

/**
 * A member on a vote's roll and whether they have voted (online, or on paper in {@code
 * paperBoxId}). It is written when the vote opens and changed in place, so nothing about it tells
 * when or in which order its member voted.
 */
@Entity
@Table(name = "gov_voter")
@IdClass(Voter.Key.class)
public class Voter extends TenantOwned {

  @Id
  @Column(name = "election_id")
  private long electionId;

  @Id
  @Column(name = "member_id")
  private long memberId;

  @Column(nullable = false)
  private boolean voted;

  @Column(name = "paper_box_id")
  private Long paperBoxId;

  @Column(nullable = false)
  private boolean scrubbed;

  protected Voter() {}

  public Voter(long electionId, long memberId) {
    this.electionId = electionId;
    this.memberId = memberId;
  }

  public long getElectionId() {
    return electionId;
  }

  public long getMemberId() {
    return memberId;
  }

  public boolean isVoted() {
    return voted;
  }

  public Long getPaperBoxId() {
    return paperBoxId;
  }

  /** The composite key: one row per member and vote. */
  public static class Key implements Serializable {
    private long electionId;
    private long memberId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.electionId == electionId && k.memberId == memberId;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(electionId, memberId);
    }
  }
}
