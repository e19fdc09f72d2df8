package org.sahakum.plugins.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** A hearing or a deadline of a case, on a day; done once it has passed or been met. */
@Entity
@Table(name = "legal_case_date")
public class CaseDate extends TenantOwned {

  /** The kinds of date. */
  public static final String KINDS = "hearing|deadline";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done", nullable = false)
  private boolean done;

  protected CaseDate() {}

  CaseDate(long caseId, String kind, LocalDate dueOn) {
    this.caseId = caseId;
    this.kind = kind;
    this.dueOn = dueOn;
  }

  void markDone() {
    this.done = true;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getKind() {
    return kind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public boolean isDone() {
    return done;
  }
}
