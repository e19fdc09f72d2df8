package org.sahakum.plugins.healthreferral.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** One kind of mistreatment at the facility of a referral, kept with the person's consent for advocacy. */
@Entity
@Table(name = "health_mistreatment")
public class Mistreatment extends TenantOwned {

  public static final String KINDS = "refused-care|informal-payment|insulted-or-judged|confidentiality-broken|police-called";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Mistreatment() {}

  Mistreatment(long referralId, String kind, Instant recordedAt) {
    this.referralId = referralId;
    this.kind = kind;
    this.recordedAt = recordedAt;
  }

  public long getReferralId() {
    return referralId;
  }

  public String getKind() {
    return kind;
  }
}
