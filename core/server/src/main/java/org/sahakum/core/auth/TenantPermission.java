package org.sahakum.core.auth;

import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;

/** A permission asked for in one tenant, e.g. {@code legal:case:read} in tenant 42. */
public record TenantPermission(long tenantId, String name, WildcardPermission permission) implements Permission {

  public static TenantPermission of(long tenantId, String name) {
    return new TenantPermission(tenantId, name, new WildcardPermission(name));
  }

  @Override
  public boolean implies(Permission p) {
    return p instanceof TenantPermission other
        && other.tenantId == tenantId
        && permission.implies(other.permission);
  }
}
