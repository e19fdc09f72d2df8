package org.sahakum.plugins.uniondues.enrolments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.plans.DuesPlan;

/**
 * A member's dues account: the plan's terms copied in when the member was enrolled, and running
 * totals that always equal what the ledger adds up to. Every change goes through {@link #post}
 * and {@link #waive}, under a row lock taken by the transaction that writes the ledger entry.
 * {@code memberId} is null once the member was erased; the money stays.
 */
@Entity
@Table(name = "dues_enrolment")
public class DuesEnrolment extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "start_month", nullable = false)
  private int startMonth;

  @Column(name = "period_months", nullable = false)
  private int periodMonths;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(nullable = false)
  private String currency;

  @Column(name = "grace_periods", nullable = false)
  private int gracePeriods;

  @Column(name = "paid_minor", nullable = false)
  private long paidMinor;

  @Column(name = "waived_periods", nullable = false)
  private int waivedPeriods;

  @Column(name = "covered_until", nullable = false)
  private int coveredUntil;

  protected DuesEnrolment() {}

  /** Enrols a member in {@code plan} from {@code startsOn}, with nothing paid. */
  public DuesEnrolment(long memberId, DuesPlan plan, Long chapterId, LocalDate startsOn) {
    this(memberId, plan.getId(), plan.getPeriod().months(), plan.getAmountMinor(), plan.getCurrency(),
        plan.getGracePeriods(), chapterId, startsOn);
  }

  /** An enrolment on these terms (a plan's), with nothing paid. */
  public DuesEnrolment(long memberId, long planId, int periodMonths, long amountMinor, String currency,
      int gracePeriods, Long chapterId, LocalDate startsOn) {
    this.memberId = memberId;
    this.planId = planId;
    this.chapterId = chapterId;
    this.startsOn = startsOn;
    this.startMonth = Months.index(startsOn);
    this.periodMonths = periodMonths;
    this.amountMinor = amountMinor;
    this.currency = currency;
    this.gracePeriods = gracePeriods;
    recompute();
  }

  /** Adds a ledger entry's signed amount to the running total. */
  public void post(long signedAmountMinor) {
    long next = Math.addExact(paidMinor, signedAmountMinor);
    if (next < 0) {
      throw new IllegalStateException("a member's dues total cannot fall below zero");
    }
    paidMinor = next;
    recompute();
  }

  /** Waives {@code periods} more periods (a hardship exemption). */
  public void waive(int periods) {
    waivedPeriods = Math.addExact(waivedPeriods, periods);
    recompute();
  }

  /** The member now belongs to this chapter (or to none); arrears are listed by it. */
  public void moveTo(Long chapter) {
    this.chapterId = chapter;
  }

  /** The erased member's link is forgotten; the money totals stay for the organisation's books. */
  public void forgetMember() {
    this.memberId = null;
  }

  private void recompute() {
    coveredUntil = Position.coveredUntil(startMonth, periodMonths, amountMinor, paidMinor, waivedPeriods);
  }

  /** The position on the day {@code today}. */
  public Position position(LocalDate today, boolean exemptToday) {
    return Position.of(startMonth, periodMonths, amountMinor, paidMinor, waivedPeriods, gracePeriods,
        Months.index(today), exemptToday);
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public long getPlanId() {
    return planId;
  }

  public Long getChapterId() {
    return chapterId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public int getStartMonth() {
    return startMonth;
  }

  public int getPeriodMonths() {
    return periodMonths;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public long getPaidMinor() {
    return paidMinor;
  }

  public int getWaivedPeriods() {
    return waivedPeriods;
  }

  public int getCoveredUntil() {
    return coveredUntil;
  }
}
