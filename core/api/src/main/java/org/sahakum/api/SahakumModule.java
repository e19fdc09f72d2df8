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
   * labels), inside its own jar. Views are of kind {@code list}, {@code form}, {@code detail},
   * {@code table} or {@code element}; the core checks the whole definition at load and leaves the
   * module out on any flaw (an unknown kind, type or view, a label without km or en, a record form
   * reachable without its record). What a definition may say, beyond labels, fields and actions:
   *
   * <ul>
   *   <li>A <b>record form</b>: a form whose {@code resource} names the record, {@code
   *       "cases/{id}/close"}, with {@code "method"} {@code POST} (default) or {@code PUT},
   *       {@code "values"} sent as they are ({@code {"met": true}}; a form with neither fields nor
   *       values only confirms) and a {@code "submit"} label. It is opened only by an action with
   *       {@code "record": true} or from a related list, and goes back to the detail of the view
   *       named {@code "after"}. An action may say {@code "when": {"status": ["open"]}}: it is
   *       offered only while the record (or row) has one of those values.
   *   <li><b>Related lists</b> on a list's detail, {@code "related": [{id, label, resource:
   *       "cases/{id}/dates" | member: "needs", fields, actions, rowActions, key, onRequest}]}: a
   *       row action's form names the row as {@code {item}} ({@code
   *       "cases/{id}/dates/{item}/done"}; the row's {@code key}, {@code id} by default). {@code
   *       onRequest} lists (audited reads) are read only when the person asks.
   *   <li>An enum field's options from a module resource: {@code "optionsFrom": {"resource":
   *       "assignees", "value": "accountId", "label": "username"}}.
   *   <li>A {@code file} field, with {@code "accept"} (media types) and {@code "maxBytes"}: the
   *       form's only field; the file is sent as the whole body with its own Content-Type.
   *   <li>{@code "query"} fields on a list or a {@code table}, sent as query parameters; a
   *       required one waits for the person. A {@code table} draws the answer {@code {rowsBy,
   *       columnsBy, rows: [{value, counts, total}], columns, columnTotals, total, threshold}} as
   *       rows × columns with totals; a null count reads "fewer than {threshold}"; its fields,
   *       named as the dimensions, label their values. A list's {@code "opens"} names the view
   *       whose detail its rows open.
   *   <li>Where its screens work: {@code "levels": ["organisation"]} at the top for a module kept at
   *       the organisation, a menu entry's or count's own {@code "levels"} where it differs
   *       ({@code ["organisation", "chapter"]} for a member's own standing); both when unsaid. A
   *       menu entry with {@code "forMembers": true} is shown to members only.
   *   <li>Its group on the home screen: {@code "home": {"icon": "<SVG path data, 24×24>", "counts":
   *       [{id, label, resource, permission, view}]}}, each count's resource answering {@code
   *       {"count": n}}.
   *   <li>A list with {@code "paged": true} is read a page at a time: its resource follows
   *       {@link Page} ({@code ?offset=&limit=}, the whole count in {@code X-Total-Count}). Its
   *       {@code "phoneColumns"} name the 1 to 3 fields a 360 px phone shows (the first three
   *       unless said); the rest are on the row's detail.
   *   <li>{@code "exports": [{label, resource, format: "csv" | "xlsx", permission}]} on a list
   *       or a {@code table}: download buttons for {@code resource?format=} (with the chosen
   *       query), fetched with the session; the endpoint answers the whole set, names the file
   *       without a person and audits the export.
   * </ul>
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

  /**
   * What the module holds about a member, for the member's page, answering from {@code context}
   * (the module's own context at the page's tenant); see {@link MemberSummary}.
   */
  default Optional<MemberSummary> memberSummary(ModuleContext context) {
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

  /** Lists of places the organisation may share with its network; see {@link SharedList}. */
  default List<SharedList> sharedLists() {
    return List.of();
  }

  /** Work the core runs once a day at each organisation that has switched the module on; see {@link DailyJob}. */
  default List<DailyJob> dailyJobs() {
    return List.of();
  }

  /**
   * Whether the module's unit sends the rows one flush writes as one JDBC batch (EclipseLink's
   * {@code eclipselink.jdbc.batch-writing=JDBC}) instead of one statement each: for a module that
   * writes many rows per request (a class's attendance, 30 marks). Its entities written in bulk
   * should then have ids the module sets, not generated ones. No other setting of the unit is the
   * module's to choose. False unless said.
   */
  default boolean batchWrites() {
    return false;
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
