package org.sahakum.api;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission a module declares, as a Shiro wildcard string such as {@code legal:case:read}.
 *
 * <p>The core adds it to the catalogue when the module loads and grants it, within each tenant, to
 * the roles named in {@code defaultRoles} (for example {@code paralegal}). A permission is always
 * checked inside the request's tenant: a module never names a tenant itself.
 *
 * @param name the permission, lower-case words separated by colons
 * @param description what the permission allows, in Khmer and English
 * @param defaultRoles the roles that hold it in a fresh tenant
 */
public record PermissionDefinition(String name, LocalizedText description, Set<String> defaultRoles) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*){1,3}");

  public PermissionDefinition {
    Objects.requireNonNull(description, "description");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("permission name must look like 'domain:thing:action': " + name);
    }
    defaultRoles = Set.copyOf(defaultRoles);
  }
}
