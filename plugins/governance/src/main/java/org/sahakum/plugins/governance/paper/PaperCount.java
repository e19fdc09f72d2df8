package org.sahakum.plugins.governance.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.sahakum.api.TenantOwned;

/** The votes for one choice in one paper box, as the first official entered them. */
@Entity
@Table(name = "gov_paper_count")
@IdClass(PaperCount.Key.class)
public class PaperCount extends TenantOwned {

  @Id
  @Column(name = "box_id")
  private long boxId;

  @Id
  @Column(name = "choice_id")
  private long choiceId;

  @Column(nullable = false)
  private int votes;

  protected PaperCount() {}

  public PaperCount(long boxId, long choiceId, int votes) {
    this.boxId = boxId;
    this.choiceId = choiceId;
    this.votes = votes;
  }

  public long getChoiceId() {
    return choiceId;
  }

  public int getVotes() {
    return votes;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private long boxId;
    private long choiceId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.boxId == boxId && k.choiceId == choiceId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(boxId, choiceId);
    }
  }
}
