package org.sahakum.plugins.uniondues.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;

/**
 * One line of the dues ledger. It has no setters: a payment is never changed or removed, a
 * mistake is undone by a {@link EntryKind#REVERSAL} entry of the opposite amount. A reversal
 * keeps the payment's month, chapter, collector and collection day, so reports and the
 * collector's reconciliation are corrected where the mistake was made.
 */
@Entity
@Table(name = "dues_entry")
public class LedgerEntry extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrolment_id")
  private DuesEnrolment enrolment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EntryKind kind;

  @Column(name = "receipt_number")
  private Long receiptNumber;

  @Column(name = "reverses_id")
  private Long reversesId;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(nullable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentMethod method;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(name = "paid_month", nullable = false)
  private int paidMonth;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "collector_account_id", nullable = false)
  private long collectorAccountId;

  @Column(name = "collected_on", nullable = false)
  private LocalDate collectedOn;

  @Column(name = "covered_until_after", nullable = false)
  private int coveredUntilAfter;

  private String reason;

  @Column(name = "recorded_by", nullable = false)
  private long recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LedgerEntry() {}

  /** A payment, already posted to {@code enrolment}; {@code collector} is the account recording it. */
  static LedgerEntry payment(DuesEnrolment enrolment, long receiptNumber, long amountMinor, PaymentMethod method,
      LocalDate paidOn, long collector, LocalDate today, Instant now) {
    LedgerEntry e = new LedgerEntry();
    e.enrolment = enrolment;
    e.kind = EntryKind.PAYMENT;
    e.receiptNumber = receiptNumber;
    e.amountMinor = amountMinor;
    e.currency = enrolment.getCurrency();
    e.method = method;
    e.paidOn = paidOn;
    e.paidMonth = Months.index(paidOn);
    e.chapterId = enrolment.getChapterId();
    e.collectorAccountId = collector;
    e.collectedOn = today;
    e.coveredUntilAfter = enrolment.getCoveredUntil();
    e.recordedBy = collector;
    e.recordedAt = now;
    return e;
  }

  /** The reversal of {@code payment}, already posted to its enrolment. */
  static LedgerEntry reversalOf(LedgerEntry payment, String reason, long by, Instant now) {
    LedgerEntry e = new LedgerEntry();
    e.enrolment = payment.enrolment;
    e.kind = EntryKind.REVERSAL;
    e.reversesId = payment.id;
    e.amountMinor = -payment.amountMinor;
    e.currency = payment.currency;
    e.method = payment.method;
    e.paidOn = payment.paidOn;
    e.paidMonth = payment.paidMonth;
    e.chapterId = payment.chapterId;
    e.collectorAccountId = payment.collectorAccountId;
    e.collectedOn = payment.collectedOn;
    e.coveredUntilAfter = payment.enrolment.getCoveredUntil();
    e.reason = reason;
    e.recordedBy = by;
    e.recordedAt = now;
    return e;
  }

  public Long getId() {
    return id;
  }

  public DuesEnrolment getEnrolment() {
    return enrolment;
  }

  public EntryKind getKind() {
    return kind;
  }

  public Long getReceiptNumber() {
    return receiptNumber;
  }

  public Long getReversesId() {
    return reversesId;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public Long getChapterId() {
    return chapterId;
  }

  public long getCollectorAccountId() {
    return collectorAccountId;
  }

  public int getCoveredUntilAfter() {
    return coveredUntilAfter;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
