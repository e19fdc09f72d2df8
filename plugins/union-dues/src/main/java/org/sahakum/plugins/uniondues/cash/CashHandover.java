package org.sahakum.plugins.uniondues.cash;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** Cash a collector handed over on a day, recorded by the person who received it. Never changed. */
@Entity
@Table(name = "dues_handover")
public class CashHandover extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "collector_account_id", nullable = false)
  private long collectorAccountId;

  @Column(name = "handed_on", nullable = false)
  private LocalDate handedOn;

  @Column(nullable = false)
  private String currency;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "received_by", nullable = false)
  private long receivedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CashHandover() {}

  CashHandover(NewHandover body, long receivedBy, Instant recordedAt) {
    this.collectorAccountId = body.collectorAccountId();
    this.handedOn = body.handedOn();
    this.currency = body.currency();
    this.amountMinor = body.amountMinor().longValueExact();
    this.receivedBy = receivedBy;
    this.recordedAt = recordedAt;
  }

  HandoverView view() {
    return new HandoverView(id, collectorAccountId, handedOn, currency, amountMinor, receivedBy, recordedAt);
  }
}
