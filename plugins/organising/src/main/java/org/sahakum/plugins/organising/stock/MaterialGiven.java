package org.sahakum.plugins.organising.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** Material of one kind given out at a visit or an event, for the counts by month and by campaign. */
@Entity
@Table(name = "org_material_given")
public class MaterialGiven extends TenantOwned {

  /** Where material is given out. */
  public static final String VISIT = "visit";
  public static final String EVENT = "event";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source", nullable = false, length = 8)
  private String source;

  @Column(name = "source_id", nullable = false)
  private long sourceId;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  protected MaterialGiven() {}

  MaterialGiven(String source, long sourceId, String kind, int quantity, LocalDate givenOn) {
    this.source = source;
    this.sourceId = sourceId;
    this.kind = kind;
    this.quantity = quantity;
    this.givenOn = givenOn;
  }

  public String getKind() {
    return kind;
  }

  public int getQuantity() {
    return quantity;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }
}
