package org.sahakum.plugins.governance.ballots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.sahakum.api.TenantOwned;

/**
 * One counter of a vote's tally: the votes for one choice ({@link #BALLOTS}: the ballots cast) in
 * one shard. Every cell is made when the vote opens; a ballot adds one to its choices' cells in a
 * shard drawn at random, so the cells hold sums and nothing else.
 */
@Entity
@Table(name = "gov_tally")
@IdClass(TallyCell.Key.class)
public class TallyCell extends TenantOwned {
  /** The choice id of the cells that count ballots (a blank ballot counts only there). */
  public static final long BALLOTS = 0;
  /** Shards per choice: enough that 32 voters at once seldom wait for one another's row. */
  public static final int SHARDS = 32;

  @Id
  @Column(name = "election_id")
  private long electionId;

  @Id
  @Column(name = "choice_id")
  private long choiceId;

  @Id
  @Column(name = "shard")
  private int shard;

  @Column(nullable = false)
  private long votes;

  protected TallyCell() {}

  public TallyCell(long electionId, long choiceId, int shard) {
    this.electionId = electionId;
    this.choiceId = choiceId;
    this.shard = shard;
  }

  public long getChoiceId() {
    return choiceId;
  }

  public long getVotes() {
    return votes;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private long electionId;
    private long choiceId;
    private int shard;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.electionId == electionId && k.choiceId == choiceId && k.shard == shard;
    }

    @Override
    public int hashCode() {
      return Objects.hash(electionId, choiceId, shard);
    }
  }
}
