package org.sahakum.plugins.education.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/** Support given towards school (uniform, materials, fees, transport), in riel. Kept as a count when the child's record goes. */
@Entity
@Table(name = "edu_school_support")
public class SchoolSupport extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_id")
  private Long childId;

  @Column(name = "centre_id", nullable = false)
  private long centreId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "amount_riel", nullable = false)
  private long amountRiel;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  protected SchoolSupport() {}

  SchoolSupport(long childId, long centreId, NewSupport body) {
    this.childId = childId;
    this.centreId = centreId;
    this.kind = body.kind();
    this.amountRiel = body.amountRiel();
    this.givenOn = body.givenOn();
  }

  SupportView view() {
    return new SupportView(id, childId, kind, amountRiel, givenOn);
  }
}
