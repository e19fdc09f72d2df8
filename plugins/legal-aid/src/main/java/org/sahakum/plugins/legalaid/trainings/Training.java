package org.sahakum.plugins.legalaid.trainings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/**
 * A legal training session. Members who attended are rows of {@link Attendance}; everyone else is
 * a count: people who are not members, and members who attended and have since been erased.
 */
@Entity
@Table(name = "legal_training")
public class Training extends TenantOwned {

  /** What a training is about. */
  public static final String TOPICS =
      "know-your-rights|police-encounters|court-process|paralegal-skills|health-and-rights|other";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "topic", nullable = false, length = 24)
  private String topic;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "facilitator", nullable = false, length = 120)
  private String facilitator;

  @Column(name = "capacity")
  private Integer capacity;

  @Column(name = "non_member_attendees", nullable = false)
  private int nonMemberAttendees;

  // members who attended and were erased since: kept as a count so that attendance figures hold
  @Column(name = "anonymous_attendees", nullable = false)
  private int anonymousAttendees;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Training() {}

  Training(String topic, LocalDate heldOn, String place, String facilitator, Integer capacity, Instant createdAt) {
    this.topic = topic;
    this.heldOn = heldOn;
    this.place = place;
    this.facilitator = facilitator;
    this.capacity = capacity;
    this.createdAt = createdAt;
  }

  void countNonMembers(int count) {
    this.nonMemberAttendees = count;
  }

  public Long getId() {
    return id;
  }

  public String getTopic() {
    return topic;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getPlace() {
    return place;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public int getNonMemberAttendees() {
    return nonMemberAttendees;
  }

  public int getAnonymousAttendees() {
    return anonymousAttendees;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
