package org.sahakum.plugins.uniondues.exemptions;

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
 * A hardship exemption: the dues of the periods starting between {@code startsOn} and
 * {@code expiresOn} are waived, and the member is in good standing while it runs. Its reason may
 * be personal; it goes when the member is erased.
 */
@Entity
@Table(name = "dues_exemption")
public class DuesExemption extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(nullable = false)
  private String reason;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "waived_periods", nullable = false)
  private int waivedPeriods;

  @Column(name = "granted_by", nullable = false)
  private long grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected DuesExemption() {}

  DuesExemption(long enrolmentId, String reason, LocalDate startsOn, LocalDate expiresOn, int waivedPeriods,
      long grantedBy, Instant grantedAt) {
    this.enrolmentId = enrolmentId;
    this.reason = reason;
    this.startsOn = startsOn;
    this.expiresOn = expiresOn;
    this.waivedPeriods = waivedPeriods;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  public Long getId() {
    return id;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public int getWaivedPeriods() {
    return waivedPeriods;
  }
}
