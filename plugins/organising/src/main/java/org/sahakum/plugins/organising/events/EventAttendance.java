package org.sahakum.plugins.organising.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/** A member who attended an event, by the register's id; an erased member's row becomes one of the others. */
@Entity
@Table(name = "org_event_attendance")
public class EventAttendance extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  protected EventAttendance() {}

  EventAttendance(long eventId, long memberId) {
    this.eventId = eventId;
    this.memberId = memberId;
  }

  public Long getId() {
    return id;
  }

  public long getEventId() {
    return eventId;
  }

  public long getMemberId() {
    return memberId;
  }
}
