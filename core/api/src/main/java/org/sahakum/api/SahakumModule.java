package org.sahakum.api;

import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A module's single extension point. A plugin jar holds exactly one implementation, annotated
 * with PF4J's {@code @Extension}, whose {@link #id()} equals the jar's {@code Plugin-Id}.
 *
 * <p>The core, at load: builds a persistence unit of {@link #entityClasses()}; runs the Flyway
 * migrations at {@link #migrationLocation()} with the history table {@code flyway_<id>_history};
 * adds {@link #permissions()} to the catalogue; reads the UI definition at {@link #uiResource()}.
 * A failure at any step leaves the module out, with one log line, and the server starts without
 * it.
 *
 * <p>At run time it mounts {@link #resource(ModuleContext)} at {@code /api/t/{tenant}/{id}} and
 * answers 404 there for tenants that have not enabled the module. Only authenticated callers
 * reach the resource; it checks its own permissions through {@link Caller#require(String)}.
 */
public interface SahakumModule extends ExtensionPoint {

  /** Lower-case id, e.g. {@code legal-aid}; also the URL segment. */
  String id();

  LocalizedText name();

  LocalizedText description();

  List<PermissionDefinition> permissions();

  /** The module's JPA entities; each should extend {@link TenantOwned}. */
  List<Class<?>> entityClasses();

  /** Classpath folder of the module's Flyway migrations, inside its own jar. */
  default String migrationLocation() {
    return "db/" + id().replace('-', '_');
  }

  /**
   * Classpath resource of the module's UI definition (JSON: menu entries and views with km/en
   * labels), inside its own jar.
   *
   * <p>Where data cannot say it, a view may be of kind {@code element}: {@code "tag"} names a
   * custom element, which must start with the module id and a hyphen (e.g. {@code
   * union-dues-receipt}), and {@code "script"} a plain file name (e.g. {@code receipt.js}) at
   * {@code ui/<id>/<script>} in the jar. The script is one self-contained ES module, without
   * imports, whose default export is a class extending {@code HTMLElement}; the web app defines it
   * under the tag and sets its {@code context} property (tenant, language, the module's API). The
   * core reads each script at load (128 KiB at most) and leaves the module out if one is missing.
   */
  default String uiResource() {
    return "ui/" + id() + ".json";
  }

  /**
   * What the module does when a member is approved, suspended or erased. A module that keeps
   * rows about members must erase or anonymise them on {@link MemberEvent.Kind#ERASED}.
   */
  default Optional<MemberEventListener> memberEvents() {
    return Optional.empty();
  }

  /**
   * For a module that keeps union dues: the {@link GoodStanding} port, answering from {@code context}
   * (the module's own context at the member's organisation). Other modules reach it through
   * {@link ModuleContext#goodStanding()}. At most one installed module should offer it.
   */
  default Optional<GoodStanding> goodStanding(ModuleContext context) {
    return Optional.empty();
  }

  /** The module's stores of sealed values, which a key rotation brings up to the newest key. */
  default List<SealedData> sealedData() {
    return List.of();
  }

  /** The aggregates this module offers for reports and, where an organisation publishes them, its network. */
  default List<Indicator> indicators() {
    return List.of();
  }

  /**
   * The module's demo data for {@code SAHAKUM_DEMO=1}, if it offers any; see {@link DemoData}.
   */
  default Optional<DemoData> demoData() {
    return Optional.empty();
  }

  /**
   * A JAX-RS resource for one request: an object whose methods carry {@code @GET}, {@code @Path}
   * and so on. It is created per request and may keep the context in a field.
   */
  Object resource(ModuleContext context);
}
