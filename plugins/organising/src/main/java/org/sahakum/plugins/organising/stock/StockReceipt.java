package org.sahakum.plugins.organising.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** One delivery of material to a tenant: what, how many, when and from whom (a partner's name, not a person's). */
@Entity
@Table(name = "org_stock_receipt")
public class StockReceipt extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "source", length = 120)
  private String source;

  @Column(name = "recorded_by_account_id", nullable = false)
  private long recordedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StockReceipt() {}

  StockReceipt(NewReceipt body, long recordedBy, Instant createdAt) {
    this.kind = body.materialKind();
    this.quantity = body.quantity();
    this.receivedOn = body.receivedOn();
    this.source = body.source() == null || body.source().isBlank() ? null : body.source().strip();
    this.recordedBy = recordedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public int getQuantity() {
    return quantity;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getSource() {
    return source;
  }
}
