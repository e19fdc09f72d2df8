package org.sahakum.plugins.education.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** A social event or exposure visit children are taken to. No photos are stored. */
@Entity
@Table(name = "edu_event")
public class EduEvent extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventKind kind;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EduEvent() {}

  EduEvent(NewEvent body, Instant createdAt) {
    this.name = body.name().strip();
    this.kind = EventKind.valueOf(body.kind());
    this.heldOn = body.heldOn();
    this.createdAt = createdAt;
  }

  EventView view() {
    return new EventView(id, name, kind.name(), heldOn);
  }

  public Long getId() {
    return id;
  }
}
