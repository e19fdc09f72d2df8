package org.sahakum.core.definitions;

import java.util.List;
import java.util.Map;
import org.sahakum.core.tenancy.TenantType;

/** What a set of definition files says, once read and checked on its own (not yet against the tree). */
record Definitions(Map<String, Blueprint> blueprints, List<TenantDefinition> tenants) {

  /** Names in both languages. */
  record Names(String km, String en) {}

  /** A module named in a file, and where. */
  record ModuleRef(String id, Where where) {}

  /** A permission named for a role in a blueprint, and where. */
  record PermissionRef(String name, Where where) {}

  /**
   * A set-up to start a tenant from: for which type, its modules, and the permissions each role
   * holds there (a role it does not name keeps the defaults).
   */
  record Blueprint(String id, TenantType type, Names names, List<ModuleRef> modules,
      Map<String, List<PermissionRef>> roles, Where where) {}

  /** A chapter of an organisation. {@code modules} null means the organisation's. */
  record Chapter(String slug, String code, Names names, List<ModuleRef> modules, Where where) {}

  /**
   * A network or an organisation to have in the tree. {@code modules} null means the blueprint's;
   * {@code code} null means the one derived from the slug.
   */
  record TenantDefinition(String slug, TenantType type, String parent, Where parentWhere, String blueprint,
      Where blueprintWhere, Names names, String code, List<ModuleRef> modules, List<Chapter> chapters, Where where) {}
}
