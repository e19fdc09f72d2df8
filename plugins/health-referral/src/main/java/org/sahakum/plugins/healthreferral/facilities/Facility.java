package org.sahakum.plugins.healthreferral.facilities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.sahakum.api.TenantOwned;

/**
 * A health facility of the organisation's directory. Its services are kept as one canonical text
 * ({@code ,sti,general,}) in the order of {@link Services#ALL}; its ratings as a count and a sum,
 * so no single rating can be traced to a visit.
 */
@Entity
@Table(name = "health_facility")
public class Facility extends TenantOwned {

  /** The kinds of facility, as a regular expression for Bean Validation. */
  public static final String KINDS = "national-hospital|referral-hospital|health-centre|ngo-clinic|drop-in-centre"
      + "|private-clinic|pharmacy";

  /** How a facility charges: free, Health Equity Fund / ID Poor accepted, a low fee, the full fee. */
  public static final String PAYMENTS = "free|hef-id-poor|low-fee|full-fee";

  /** Ratings are shown from this many on. */
  public static final int RATINGS_SHOWN_FROM = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_km", nullable = false, length = 160)
  private String nameKm;

  @Column(name = "name_en", nullable = false, length = 160)
  private String nameEn;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "place", nullable = false, length = 32)
  private String place;

  @Column(name = "services", nullable = false, length = 200)
  private String services;

  @Column(name = "payment", nullable = false, length = 16)
  private String payment;

  @Column(name = "fee_riel")
  private Long feeRiel;

  @Column(name = "hours", length = 120)
  private String hours;

  @Column(name = "phone", length = 32)
  private String phone;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @Column(name = "rating_sum", nullable = false)
  private int ratingSum;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Facility() {}

  public Facility(FacilityFields f, Instant createdAt) {
    change(f, true);
    this.createdAt = createdAt;
  }

  final void change(FacilityFields f, boolean nowActive) {
    this.nameKm = f.nameKm().strip();
    this.nameEn = f.nameEn().strip();
    this.kind = f.kind();
    this.place = f.place();
    this.services = Services.encode(f.services());
    this.payment = f.payment();
    this.feeRiel = "low-fee".equals(f.payment()) ? f.feeRiel() : null;
    this.hours = f.hours();
    this.phone = f.phone();
    this.active = nowActive;
  }

  /** One anonymous rating from 1 to 5. */
  public void rate(int stars) {
    this.ratingCount++;
    this.ratingSum += stars;
  }

  /** Whether the facility offers {@code service} (one of {@link Services#ALL}). */
  public boolean offers(String service) {
    return services.contains("," + service + ",");
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

  public String getKind() {
    return kind;
  }

  public String getPlace() {
    return place;
  }

  public Set<String> getServices() {
    return Services.decode(services);
  }

  public String getPayment() {
    return payment;
  }

  public Long getFeeRiel() {
    return feeRiel;
  }

  public String getHours() {
    return hours;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }

  public int getRatingCount() {
    return ratingCount;
  }

  public int getRatingSum() {
    return ratingSum;
  }
}
