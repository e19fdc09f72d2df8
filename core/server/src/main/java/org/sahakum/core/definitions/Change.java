package org.sahakum.core.definitions;

import java.util.List;
import org.sahakum.core.definitions.Definitions.Names;
import org.sahakum.core.tenancy.TenantType;

/** One difference between the files and the tree, as a dry run lists it and an apply makes it. */
sealed interface Change {

  /** The tenant the change is made at. */
  String tenant();

  /** One line for the operator, in plain words. */
  String describe();

  /** A tenant that is not there yet. {@code code} null: derived from the slug. */
  record CreateTenant(String tenant, TenantType type, String parent, Names names, String code) implements Change {
    @Override
    public String describe() {
      return "create " + type.code() + " " + tenant + " under " + parent + " (" + names.en() + ")";
    }
  }

  /** New names for a tenant that is there. */
  record Rename(String tenant, Names from, Names to) implements Change {
    @Override
    public String describe() {
      return "rename " + tenant + " from " + from.en() + " / " + from.km() + " to " + to.en() + " / " + to.km();
    }
  }

  /** A module to switch on. */
  record EnableModule(String tenant, String module) implements Change {
    @Override
    public String describe() {
      return "switch on module " + module + " at " + tenant;
    }
  }

  /** The permissions a role holds at a tenant and below. */
  record SetRole(String tenant, String role, List<String> permissions) implements Change {
    @Override
    public String describe() {
      return "set role " + role + " at " + tenant + " to " + (permissions.isEmpty() ? "no permissions"
          : String.join(", ", permissions));
    }
  }
}
