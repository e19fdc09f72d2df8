package org.sahakum.core.definitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sahakum.core.auth.RolePermissions;
import org.sahakum.core.definitions.Definitions.Blueprint;
import org.sahakum.core.definitions.Definitions.Chapter;
import org.sahakum.core.definitions.Definitions.ModuleRef;
import org.sahakum.core.definitions.Definitions.Names;
import org.sahakum.core.definitions.Definitions.PermissionRef;
import org.sahakum.core.definitions.Definitions.TenantDefinition;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * Reads definition files: each holds one {@code blueprint}, {@code organisation} or
 * {@code network}. Checks what a file can say on its own (fields, slugs, names, codes, roles,
 * blueprints named) and collects every problem with its place.
 */
final class DefinitionReader {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,8}");
  private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PERMISSION = Pattern.compile("[a-z0-9*-]+(:[a-z0-9*-]+)*");
  private static final Pattern NO_CONTROL = Pattern.compile("[^\\p{Cntrl}]*");

  private final List<DefinitionProblem> problems = new ArrayList<>();
  private final Map<String, Blueprint> blueprints = new LinkedHashMap<>();
  private final List<TenantDefinition> tenants = new ArrayList<>();
  private final Map<String, Where> slugsSeen = new HashMap<>();

  /** Reads and checks all files; throws with every problem if any. */
  static Definitions read(List<DefinitionFile> files) {
    DefinitionReader reader = new DefinitionReader();
    for (DefinitionFile f : files) {
      YamlField.root(f.name(), f.text(), reader.problems).ifPresent(reader::readFile);
    }
    reader.checkBlueprintsNamed();
    if (!reader.problems.isEmpty()) {
      throw new DefinitionsRefused(reader.problems);
    }
    return new Definitions(Map.copyOf(reader.blueprints), List.copyOf(reader.tenants));
  }

  private void readFile(YamlField root) {
    Map<String, YamlField> top = root.fields(Set.of("blueprint", "organisation", "network"), Set.of());
    if (top.size() > 1) {
      root.fail("a file holds exactly one of blueprint, organisation or network");
      return;
    }
    if (top.isEmpty() && root.entries().isEmpty()) {
      root.fail("the file defines nothing: give a blueprint, an organisation or a network");
    }
    top.forEach((kind, f) -> {
      switch (kind) {
        case "blueprint" -> blueprint(f);
        case "organisation" -> tenant(f, TenantType.ORGANISATION);
        default -> tenant(f, TenantType.NETWORK);
      }
    });
  }

  private void blueprint(YamlField f) {
    Map<String, YamlField> x = f.fields(Set.of("id", "for", "names", "modules", "roles"), Set.of("id", "for", "names"));
    Optional<String> id = Optional.ofNullable(x.get("id")).flatMap(v -> slug(v));
    Optional<TenantType> type = Optional.ofNullable(x.get("for")).flatMap(v -> v.text().flatMap(t -> switch (t) {
      case "organisation" -> Optional.of(TenantType.ORGANISATION);
      case "network" -> Optional.of(TenantType.NETWORK);
      default -> v.fail("must be organisation or network");
    }));
    Optional<Names> names = Optional.ofNullable(x.get("names")).flatMap(this::names);
    List<ModuleRef> modules = x.containsKey("modules") ? modules(x.get("modules")) : List.of();
    if (type.orElse(null) == TenantType.NETWORK && !modules.isEmpty()) {
      x.get("modules").fail("a network has no modules: they are switched on by its organisations");
    }
    Map<String, List<PermissionRef>> roles = x.containsKey("roles") ? roles(x.get("roles")) : Map.of();
    if (id.isPresent() && blueprints.containsKey(id.get())) {
      x.get("id").fail("the blueprint '" + id.get() + "' is defined twice (also " + where(blueprints.get(id.get()).where()) + ")");
    } else if (id.isPresent() && type.isPresent() && names.isPresent()) {
      blueprints.put(id.get(), new Blueprint(id.get(), type.get(), names.get(), modules, roles, Where.of(f)));
    }
  }

  private void tenant(YamlField f, TenantType type) {
    Set<String> allowed = type == TenantType.ORGANISATION
        ? Set.of("slug", "parent", "blueprint", "names", "code", "modules", "chapters")
        : Set.of("slug", "blueprint", "names");
    Map<String, YamlField> x = f.fields(allowed, Set.of("slug", "names", "blueprint"));
    Optional<String> slug = Optional.ofNullable(x.get("slug")).flatMap(v -> uniqueSlug(v));
    Optional<Names> names = Optional.ofNullable(x.get("names")).flatMap(this::names);
    Optional<String> blueprint = Optional.ofNullable(x.get("blueprint")).flatMap(this::slug);
    YamlField parentField = x.get("parent");
    String parent = parentField == null ? "platform" : slug(parentField).orElse(null);
    String code = x.containsKey("code") ? code(x.get("code")).orElse(null) : null;
    List<ModuleRef> modules = x.containsKey("modules") ? modules(x.get("modules")) : null;
    List<Chapter> chapters = new ArrayList<>();
    if (x.containsKey("chapters")) {
      x.get("chapters").items().forEach(c -> chapter(c).ifPresent(chapters::add));
    }
    if (slug.isPresent() && names.isPresent() && blueprint.isPresent() && parent != null) {
      tenants.add(new TenantDefinition(slug.get(), type, parent, parentField == null ? Where.of(f) : Where.of(parentField),
          blueprint.get(), Where.of(x.get("blueprint")), names.get(), code, modules, chapters, Where.of(f)));
    }
  }

  private Optional<Chapter> chapter(YamlField f) {
    Map<String, YamlField> x = f.fields(Set.of("slug", "code", "names", "modules"), Set.of("slug", "names"));
    Optional<String> slug = Optional.ofNullable(x.get("slug")).flatMap(this::uniqueSlug);
    Optional<Names> names = Optional.ofNullable(x.get("names")).flatMap(this::names);
    String code = x.containsKey("code") ? code(x.get("code")).orElse(null) : null;
    List<ModuleRef> modules = x.containsKey("modules") ? modules(x.get("modules")) : null;
    if (slug.isEmpty() || names.isEmpty() || x.containsKey("code") && code == null) {
      return Optional.empty();
    }
    return Optional.of(new Chapter(slug.get(), code, names.get(), modules, Where.of(f)));
  }

  private void checkBlueprintsNamed() {
    for (TenantDefinition t : tenants) {
      Blueprint b = blueprints.get(t.blueprint());
      if (b == null) {
        problems.add(t.blueprintWhere().problem("no blueprint '" + t.blueprint() + "' among the files given"
            + (blueprints.isEmpty() ? "" : " (there are: " + String.join(", ", blueprints.keySet().stream().sorted().toList()) + ")")));
      } else if (b.type() != t.type()) {
        problems.add(t.blueprintWhere().problem("the blueprint '" + b.id() + "' is for a " + b.type().code()
            + ", not for a " + t.type().code()));
      }
    }
  }

  private Optional<String> slug(YamlField f) {
    return f.text().flatMap(s -> s.length() >= 2 && s.length() <= 63 && Tenants.SLUG.matcher(s).matches()
        ? Optional.of(s) : f.fail("use 2 to 63 lower-case letters and digits, with single '-' between words"));
  }

  private Optional<String> uniqueSlug(YamlField f) {
    Optional<String> slug = slug(f);
    if (slug.isPresent() && slugsSeen.containsKey(slug.get())) {
      return f.fail("the slug '" + slug.get() + "' is already defined at " + where(slugsSeen.get(slug.get())));
    }
    slug.ifPresent(s -> slugsSeen.put(s, Where.of(f)));
    return slug;
  }

  private Optional<String> code(YamlField f) {
    return f.text().flatMap(s -> CODE.matcher(s).matches() ? Optional.of(s)
        : f.fail("use 1 to 8 capital letters or digits"));
  }

  private Optional<Names> names(YamlField f) {
    Map<String, YamlField> x = f.fields(Set.of("km", "en"), Set.of("km", "en"));
    Optional<String> km = Optional.ofNullable(x.get("km")).flatMap(this::name);
    Optional<String> en = Optional.ofNullable(x.get("en")).flatMap(this::name);
    return km.isPresent() && en.isPresent() ? Optional.of(new Names(km.get(), en.get())) : Optional.empty();
  }

  private Optional<String> name(YamlField f) {
    return f.text().map(String::strip).flatMap(s -> !s.isEmpty() && s.length() <= 200 && NO_CONTROL.matcher(s).matches()
        ? Optional.of(s) : f.fail("a name of 1 to 200 characters, without control characters"));
  }

  private List<ModuleRef> modules(YamlField f) {
    List<ModuleRef> out = new ArrayList<>();
    for (YamlField item : f.items()) {
      item.text().ifPresent(id -> {
        if (!MODULE_ID.matcher(id).matches() || id.length() > 63) {
          item.fail("not a module id (lower-case words joined by '-')");
        } else if (out.stream().anyMatch(m -> m.id().equals(id))) {
          item.fail("the module '" + id + "' is named twice");
        } else {
          out.add(new ModuleRef(id, Where.of(item)));
        }
      });
    }
    return out;
  }

  private Map<String, List<PermissionRef>> roles(YamlField f) {
    Map<String, List<PermissionRef>> out = new LinkedHashMap<>();
    f.entries().forEach((role, perms) -> {
      if ("admin".equals(role)) {
        perms.fail("the admin role always holds every permission; it cannot be set");
      } else if (!RolePermissions.ROLES.contains(role)) {
        perms.fail("no role '" + role + "'; the roles are " + String.join(", ", RolePermissions.ROLES));
      } else {
        List<PermissionRef> list = new ArrayList<>();
        for (YamlField item : perms.items()) {
          item.text().ifPresent(p -> {
            if (p.length() > 100 || !PERMISSION.matcher(p).matches()) {
              item.fail("not a permission name (such as member:read)");
            } else {
              list.add(new PermissionRef(p, Where.of(item)));
            }
          });
        }
        out.put(role, list);
      }
    });
    return out;
  }

  private static String where(Where w) {
    return w.file() + ":" + w.line();
  }
}
