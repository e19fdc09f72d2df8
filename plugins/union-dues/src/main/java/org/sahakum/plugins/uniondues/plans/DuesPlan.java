package org.sahakum.plugins.uniondues.plans;

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

/**
 * What a member owes each period: an amount in minor units of one currency. A plan never changes
 * once members are enrolled in it; its terms are copied into each enrolment.
 */
@Entity
@Table(name = "dues_plan")
public class DuesPlan extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_km", nullable = false)
  private String nameKm;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(nullable = false)
  private String currency;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DuesPeriod period;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "grace_periods", nullable = false)
  private int gracePeriods;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DuesPlan() {}

  DuesPlan(NewPlan body, Instant now) {
    this.nameKm = body.nameKm();
    this.nameEn = body.nameEn();
    this.currency = body.currency();
    this.amountMinor = body.amountMinor().longValueExact();
    this.period = DuesPeriod.valueOf(body.period());
    this.startsOn = body.startsOn();
    this.gracePeriods = body.gracePeriods();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getNameKm() {
    return nameKm;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCurrency() {
    return currency;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public DuesPeriod getPeriod() {
    return period;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  /** Periods a member may owe and still be in good standing. */
  public int getGracePeriods() {
    return gracePeriods;
  }
}
