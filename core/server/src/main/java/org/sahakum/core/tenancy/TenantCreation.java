package org.sahakum.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.crypto.DataKeys;
import org.sahakum.core.members.Members;

/**
 * Creates a tenant with everything a new node needs: its audit chain, an organisation's member
 * sequence and first data key, and the record of its creation in its parent's trail and its own.
 * The one way a tenant is created, whether by a call or by applying a definition. Call inside a
 * transaction, after the caller's right to create under {@code parent} was checked.
 */
@ApplicationScoped
public class TenantCreation {

  @Inject Tenants tenants;
  @Inject AuditLog audit;
  @Inject Members members;
  @Inject DataKeys dataKeys;

  /** @param code the short code for member codes, or null for the one derived from the slug */
  public Tenant create(Tenant parent, String slug, TenantType type, String nameKm, String nameEn, String code,
      long actor) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Tenant tenant = code == null ? new Tenant(parent, slug, type, nameKm, nameEn, now)
        : new Tenant(parent, slug, type, nameKm, nameEn, code, now);
    tenants.add(tenant);
    audit.startChain(tenant.getId());
    if (type == TenantType.ORGANISATION) {
      members.startSequence(tenant.getId());
      dataKeys.start(tenant.getId());
    }
    audit.record(parent.getId(), actor, "tenant.created", "tenant", slug);
    audit.record(tenant.getId(), actor, "tenant.created", "tenant", slug);
    return tenant;
  }
}
