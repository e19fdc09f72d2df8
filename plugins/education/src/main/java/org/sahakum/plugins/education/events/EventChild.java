package org.sahakum.plugins.education.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A child's place at an event: made only with the guardian's consent for that event; then whether the child came. */
@Entity
@Table(name = "edu_event_child")
public class EventChild extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "child_id", nullable = false)
  private long childId;

  @Column(name = "consent_at", nullable = false)
  private Instant consentAt;

  @Column(name = "consent_by_account_id", nullable = false)
  private long consentByAccountId;

  @Column
  private Boolean attended;

  protected EventChild() {}

  EventChild(long eventId, long childId, Instant consentAt, long accountId) {
    this.eventId = eventId;
    this.childId = childId;
    this.consentAt = consentAt;
    this.consentByAccountId = accountId;
  }

  void attended(boolean came) {
    this.attended = came;
  }

  EventChildView view() {
    return new EventChildView(childId, eventId, true, attended);
  }
}
