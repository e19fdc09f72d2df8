package org.sahakum.plugins.legalaid.violations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/** What was done in a violation event, and by what kind of perpetrator. */
@Entity
@Table(name = "legal_violation_act")
public class ViolationAct extends TenantOwned {

  /** The acts documented, from WNU's own documentation of raids and detentions. */
  public static final String ACT_TYPES = "arbitrary-arrest|detention-without-food-water-medicine|physical-violence"
      + "|sexual-violence|extortion|condoms-as-evidence|confiscation|verbal-abuse|forced-eviction|other";

  /** Who did it. */
  public static final String PERPETRATORS = "police|social-affairs-guard|client|gang|other";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "act_type", nullable = false, length = 40)
  private String actType;

  @Column(name = "perpetrator_type", nullable = false, length = 24)
  private String perpetratorType;

  protected ViolationAct() {}

  ViolationAct(long eventId, String actType, String perpetratorType) {
    this.eventId = eventId;
    this.actType = actType;
    this.perpetratorType = perpetratorType;
  }

  public Long getId() {
    return id;
  }

  public long getEventId() {
    return eventId;
  }

  public String getActType() {
    return actType;
  }

  public String getPerpetratorType() {
    return perpetratorType;
  }
}
