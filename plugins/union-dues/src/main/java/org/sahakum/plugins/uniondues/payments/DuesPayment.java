package org.sahakum.plugins.uniondues.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sahakum.api.TenantOwned;

/**
 * One dues payment received by a tenant. Amounts are whole minor units of the currency (sen for
 * riel, cents for dollars), never floating point. The tenant column is the persistence layer's
 * business (see {@link TenantOwned}).
 */
@Entity
@Table(name = "dues_payment")
public class DuesPayment extends TenantOwned {

  /** The accepted currencies, as a regular expression for Bean Validation. */
  public static final String CURRENCIES = "KHR|USD";

  /** The largest amount one payment may carry, in minor units. */
  public static final long MAX_AMOUNT_MINOR = 1_000_000_000L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DuesPayment() {}

  /** A payment of {@code amountMinor} (positive) made on {@code paidOn}, recorded at {@code recordedAt}. */
  public DuesPayment(long amountMinor, String currency, LocalDate paidOn, Instant recordedAt) {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("amountMinor must be positive");
    }
    this.amountMinor = amountMinor;
    this.currency = Objects.requireNonNull(currency, "currency");
    this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
