package org.sahakum.plugins.education.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A public school on the organisation's own list. */
@Entity
@Table(name = "edu_school")
public class School extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column
  private String place;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected School() {}

  School(String name, String place, Instant createdAt) {
    this.name = name;
    this.place = place;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPlace() {
    return place;
  }
}
