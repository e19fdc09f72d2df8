package org.sahakum.plugins.governance.elections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/**
 * What a ballot may choose: a candidate of an election (a member who accepted the nomination, with a
 * short statement in km and en) or one answer of a motion ({@code yes}, {@code no}, {@code abstain}).
 */
@Entity
@Table(name = "gov_choice")
public class Choice extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "election_id", nullable = false)
  private long electionId;

  @Column(nullable = false)
  private int position;

  @Column
  private String answer;

  @Column(name = "member_id")
  private Long memberId;

  @Column(nullable = false)
  private boolean accepted;

  @Column(nullable = false)
  private boolean erased;

  @Column(name = "statement_km")
  private String statementKm;

  @Column(name = "statement_en")
  private String statementEn;

  protected Choice() {}

  /** One answer of a motion, accepted as it is. */
  public static Choice answer(long electionId, int position, String answer) {
    Choice c = new Choice();
    c.electionId = electionId;
    c.position = position;
    c.answer = answer;
    c.accepted = true;
    return c;
  }

  /** A nomination, which stands on the ballot once the member accepts it. */
  public static Choice nomination(long electionId, int position, long memberId, String statementKm,
      String statementEn) {
    Choice c = new Choice();
    c.electionId = electionId;
    c.position = position;
    c.memberId = memberId;
    c.statementKm = statementKm;
    c.statementEn = statementEn;
    return c;
  }

  public void accept() {
    accepted = true;
  }

  /** The candidate was erased: the choice stays for the counts, about no one. */
  public void erase() {
    memberId = null;
    statementKm = null;
    statementEn = null;
    erased = true;
  }

  public Long getId() {
    return id;
  }

  public long getElectionId() {
    return electionId;
  }

  public int getPosition() {
    return position;
  }

  public String getAnswer() {
    return answer;
  }

  public Long getMemberId() {
    return memberId;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public boolean isErased() {
    return erased;
  }

  public String getStatementKm() {
    return statementKm;
  }

  public String getStatementEn() {
    return statementEn;
  }
}
