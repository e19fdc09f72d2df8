package org.sahakum.plugins.governance.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A box of paper ballots: how many, who entered its counts and who confirmed them. */
@Entity
@Table(name = "gov_paper_box")
public class PaperBox extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "election_id", nullable = false)
  private long electionId;

  @Column(nullable = false)
  private int ballots;

  @Column(name = "entered_by", nullable = false)
  private long enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected PaperBox() {}

  public PaperBox(long electionId, int ballots, long enteredBy, Instant enteredAt) {
    this.electionId = electionId;
    this.ballots = ballots;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
  }

  public void confirm(long accountId, Instant at) {
    this.confirmedBy = accountId;
    this.confirmedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getElectionId() {
    return electionId;
  }

  public int getBallots() {
    return ballots;
  }

  public long getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public Long getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public boolean isConfirmed() {
    return confirmedBy != null;
  }
}
