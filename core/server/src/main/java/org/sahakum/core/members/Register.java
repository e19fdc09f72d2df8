package org.sahakum.core.members;

import jakarta.ws.rs.NotFoundException;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * The part of a register a URL names: an organisation's whole register, or one chapter's part.
 *
 * @param org the organisation
 * @param chapter the chapter, or null for the whole organisation
 */
public record Register(Tenant org, Tenant chapter) {

  public static Register of(Tenant tenant, Tenants tenants) {
    if (tenant.getType() == TenantType.ORGANISATION) {
      return new Register(tenant, null);
    }
    if (tenant.getType() == TenantType.CHAPTER) {
      return new Register(tenants.organisationOf(tenant).orElseThrow(), tenant);
    }
    throw new NotFoundException("This tenant holds no member register.");
  }

  /** The tenant whose permissions and audit trail apply. */
  public Tenant where() {
    return chapter == null ? org : chapter;
  }

  public Long chapterId() {
    return chapter == null ? null : chapter.getId();
  }
}
