package org.sahakum.api;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Superclass of every entity a module owns. Its table needs a {@code tenant_id BIGINT NOT NULL}
 * column (indexed, usually first in the primary key or in an index with the columns it is
 * searched by). The persistence layer fills and filters that column: a module never sets or
 * reads it, and cannot see another tenant's rows.
 *
 * <p>Do not {@code merge} objects built from request bodies: look the row up with {@code find}
 * (tenant-filtered) and change the managed instance.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = TenantOwned.TENANT_PROPERTY,
    discriminatorType = DiscriminatorType.INTEGER)
public abstract class TenantOwned {

  /** The EntityManager property the core sets to the request's tenant id. */
  public static final String TENANT_PROPERTY = "sahakum.tenant-id";
}
