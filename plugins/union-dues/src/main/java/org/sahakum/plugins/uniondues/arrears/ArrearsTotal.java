package org.sahakum.plugins.uniondues.arrears;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/**
 * How many enrolled members share one {@link ArrearsTotals.Key} and the part of their next period
 * they have paid, summed. Written only by {@link ArrearsTotals}; a key may have several rows,
 * which readers add up.
 */
@Entity
@Table(name = "dues_arrears_total")
public class ArrearsTotal extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(nullable = false)
  private String currency;

  @Column(name = "period_months", nullable = false)
  private int periodMonths;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "covered_until", nullable = false)
  private int coveredUntil;

  @Column(nullable = false)
  private long members;

  @Column(name = "part_paid_minor", nullable = false)
  private long partPaidMinor;

  protected ArrearsTotal() {}

  ArrearsTotal(ArrearsTotals.Key key, long members, long partPaidMinor) {
    this.chapterId = key.chapterId();
    this.planId = key.planId();
    this.currency = key.currency();
    this.periodMonths = key.periodMonths();
    this.amountMinor = key.amountMinor();
    this.coveredUntil = key.coveredUntil();
    this.members = members;
    this.partPaidMinor = partPaidMinor;
  }
}
