package org.sahakum.plugins.organising.workplaces;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SealedColumn;
import org.sahakum.api.SealedData;
import org.sahakum.api.TenantOwned;

/**
 * A member's consent to be known as working at a workplace. Which workplace is sealed (bound to
 * the member), so the table says only that a member gave a link, never where she works.
 */
@Entity
@Table(name = "org_workplace_link")
public class WorkplaceLink extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Column(name = "sealed_workplace", nullable = false, length = 255)
  private byte[] sealedWorkplace;

  @Column(name = "consent_at", nullable = false)
  private Instant consentAt;

  @Column(name = "consent_by_account_id", nullable = false)
  private long consentBy;

  protected WorkplaceLink() {}

  WorkplaceLink(ModuleContext ctx, long memberId, long workplaceId, Instant now) {
    this.memberId = memberId;
    this.sealedWorkplace = ctx.sealer().seal(purpose(memberId), String.valueOf(workplaceId).getBytes(StandardCharsets.UTF_8));
    this.consentAt = now;
    this.consentBy = ctx.caller().accountId();
  }

  /** What the sealed value is bound to: this member's link. */
  static String purpose(long memberId) {
    return "workplace-link|" + memberId;
  }

  /** The workplace's id, opened (the caller has cleared the member's lockdown and audits the read). */
  long workplaceId(ModuleContext ctx) {
    return Long.parseLong(new String(ctx.sealer().open(purpose(memberId), sealedWorkplace), StandardCharsets.UTF_8));
  }

  /** The store a key rotation walks. */
  public static SealedData sealedColumn() {
    return new SealedColumn<>("workplace-links", WorkplaceLink.class, 500, WorkplaceLink::getId,
        l -> purpose(l.memberId), (l, reseal) -> l.sealedWorkplace = reseal.apply(l.sealedWorkplace));
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public Instant getConsentAt() {
    return consentAt;
  }
}
