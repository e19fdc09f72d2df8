package org.sahakum.plugins.organising.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/**
 * What a tenant holds of one kind of material: received and given out, changed only by the
 * guarded bulk updates of {@link Stock}, so two team leaders giving at once never lose a count and
 * what is left never goes below zero (the table's CHECK says so too).
 */
@Entity
@Table(name = "org_stock")
public class StockLevel extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "received", nullable = false)
  private long received;

  @Column(name = "given_out", nullable = false)
  private long givenOut;

  protected StockLevel() {}

  StockLevel(String kind, long received) {
    this.kind = kind;
    this.received = received;
  }

  public String getKind() {
    return kind;
  }

  public long getReceived() {
    return received;
  }

  public long getGivenOut() {
    return givenOut;
  }
}
