package org.sahakum.plugins.legalaid.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/**
 * A service in the organisation's referral directory: who it is, what kind, where, how to reach
 * it, and whether the organisation still refers to it. No client is named here.
 */
@Entity
@Table(name = "legal_service")
public class Service extends TenantOwned {

  /** The kinds of service, as a regular expression for Bean Validation. */
  public static final String KINDS = "legal-service|ngo|health|shelter|government|other";

  /** What a client is told when the kind is not on the list. */
  public static final String KINDS_MESSAGE = "must be one of legal-service, ngo, health, shelter, government, other";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "area", nullable = false, length = 32)
  private String area;

  @Column(name = "phone", length = 32)
  private String phone;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Service() {}

  Service(String name, String kind, String area, String phone, Instant createdAt) {
    this.name = name;
    this.kind = kind;
    this.area = area;
    this.phone = phone;
    this.active = true;
    this.createdAt = createdAt;
  }

  void change(String newName, String newKind, String newArea, String newPhone, boolean nowActive) {
    this.name = newName;
    this.kind = newKind;
    this.area = newArea;
    this.phone = newPhone;
    this.active = nowActive;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public String getArea() {
    return area;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
