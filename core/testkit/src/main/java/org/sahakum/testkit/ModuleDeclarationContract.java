package org.sahakum.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.Places;
import org.sahakum.api.SahakumModule;

/**
 * What every module declares, checked as the core will read it at load time: the extension index,
 * permissions described in Khmer and English, a complete UI definition whose fields match the
 * API's bodies and whose options match what the API accepts, and dependencies on the module API
 * only. A module's unit test extends this and answers the questions below.
 */
public abstract class ModuleDeclarationContract {
  private static final Set<String> ROLES =
      Set.of("admin", "organiser", "paralegal", "health-worker", "teacher", "treasurer", "team-leader", "member");

  protected abstract SahakumModule module();

  /** The prefix all the module's permissions share, e.g. {@code legal:}. */
  protected abstract String permissionPrefix();

  /**
   * For each UI view id, the record the API reads (forms) or answers (lists; for a report table,
   * its cross-table answer). A form that sends no body (no fields, no values) or a file needs none.
   */
  protected abstract Map<String, Class<? extends Record>> viewBodies();

  /** For each related list, by {@code viewId/relatedId}, the record its rows are. */
  protected Map<String, Class<? extends Record>> relatedBodies() {
    return Map.of();
  }

  /** For each field with options, the values the API accepts, in order. */
  protected abstract Map<String, List<String>> acceptedValues();

  @Test
  void the_module_ships_its_migrations_and_ui() {
    assertNotNull(resource(module().uiResource()), "the UI definition " + module().uiResource());
    assertNotNull(resource(module().migrationLocation()), "the migrations folder " + module().migrationLocation());
    UiDefinitions.assertKhmerAndEnglish(module().name(), "name");
    UiDefinitions.assertKhmerAndEnglish(module().description(), "description");
  }

  @Test
  void the_extension_index_names_the_module() throws IOException {
    List<String> lines = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    assertTrue(lines.contains(module().getClass().getName()), "extensions.idx: " + lines);
  }

  @Test
  void every_permission_is_the_modules_own_and_described_in_both_languages() {
    Set<String> names = new HashSet<>();
    for (PermissionDefinition p : module().permissions()) {
      assertTrue(names.add(p.name()), "declared twice: " + p.name());
      assertTrue(p.name().startsWith(permissionPrefix()), p.name());
      UiDefinitions.assertKhmerAndEnglish(p.description(), p.name());
      assertTrue(ROLES.containsAll(p.defaultRoles()), p.name() + " names an unknown role: " + p.defaultRoles());
      assertFalse(p.defaultRoles().contains("member"), p.name() + " must not reach every member");
    }
  }

  @Test
  void the_ui_definition_is_complete_and_names_only_declared_permissions() {
    JsonObject ui = ui();
    UiDefinitions.assertViewsResolve(ui);
    UiDefinitions.assertLabels(ui, "ui");
    Set<String> declared = module().permissions().stream().map(PermissionDefinition::name).collect(Collectors.toSet());
    List<String> used = UiDefinitions.permissions(ui);
    assertFalse(used.isEmpty(), "the UI names the permissions its views need");
    used.forEach(p -> assertTrue(declared.contains(p), "UI names an undeclared permission: " + p));
  }

  /**
   * A list's row offers "Open" unless the list says {@code "opens": false}: the record it opens must
   * be one the module answers ({@code GET <resource>/{id}}), or the person lands on "not found".
   */
  @Test
  void a_list_row_opens_only_a_record_the_module_answers() {
    Class<?> root = module().resource(null).getClass();
    Map<String, JsonObject> views = new java.util.HashMap<>();
    ui().getJsonArray("views").forEach(v -> views.put(v.asJsonObject().getString("id"), v.asJsonObject()));
    List<String> dead = new ArrayList<>();
    for (JsonObject view : views.values()) {
      JsonValue opens = view.getOrDefault("opens", JsonValue.NULL);
      if (!view.getString("kind").equals("list") || opens == JsonValue.FALSE) {
        continue;
      }
      String target = opens instanceof jakarta.json.JsonString s ? s.getString()
          : opens instanceof JsonObject o ? o.getString("view") : view.getString("id");
      String key = opens instanceof JsonObject o ? o.getString("key", "id") : "id";
      Class<? extends Record> row = viewBodies().get(view.getString("id"));
      if (row != null && Arrays.stream(row.getRecordComponents()).noneMatch(c -> c.getName().equals(key))) {
        continue; // its rows carry no id: the app offers no "Open"
      }
      String record = views.get(target).getString("resource") + "/1";
      if (!ResourcePaths.answersGet(root, record)) {
        dead.add(view.getString("id") + " opens " + target + ": GET " + record);
      }
    }
    assertEquals(List.of(), dead, "rows that open a record the module does not answer: say \"opens\": false");
  }

  /**
   * A list that says {@code "paged": true} is read a page at a time: its resource's GET must take
   * {@code offset} and {@code limit} (and answer {@code X-Total-Count}, {@code Page.of}/{@code slice}),
   * or the app shows the first page only and calls it the whole list.
   */
  @Test
  void a_paged_list_reads_a_page_the_module_answers() {
    Class<?> root = module().resource(null).getClass();
    List<String> unpaged = new ArrayList<>();
    for (JsonValue v : ui().getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      if (!view.getString("kind").equals("list") || !view.getBoolean("paged", false)) {
        continue;
      }
      java.lang.reflect.Method get = ResourcePaths.getMethod(root, view.getString("resource"));
      if (get == null || !ResourcePaths.queryParams(get).containsAll(Set.of("offset", "limit"))) {
        unpaged.add(view.getString("id") + ": GET " + view.getString("resource"));
      }
    }
    assertEquals(List.of(), unpaged, "paged lists whose GET takes no ?offset=&limit=");
  }

  @Test
  void the_ui_offers_exactly_the_values_the_api_accepts() {
    for (JsonObject field : UiDefinitions.allFields(ui())) {
      List<String> expected = acceptedValues().get(field.getString("name"));
      if (expected != null && field.containsKey("options")) {
        List<String> offered = field.getJsonArray("options").stream().map(o -> o.asJsonObject().getString("value")).toList();
        assertEquals(expected, offered, field.getString("name"));
      } else if (expected != null && "places".equals(field.getString("optionList", null))) {
        assertEquals(expected, Places.LIST.stream().map(Places.Place::code).toList(), field.getString("name"));
      }
    }
  }

  @Test
  void forms_send_the_body_the_api_reads_and_lists_show_what_it_answers() {
    for (JsonValue v : ui().getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      String id = view.getString("id");
      if (view.getString("kind").equals("element")) {
        continue; // its own code reads the API: see the test below
      }
      Set<String> fields = names(view.getOrDefault("fields", JsonValue.EMPTY_JSON_ARRAY));
      if (view.getString("kind").equals("form")) {
        fields.addAll(view.getOrDefault("values", JsonValue.EMPTY_JSON_OBJECT).asJsonObject().keySet());
        if (view.containsKey("recordAs")) {
          fields.add(view.getString("recordAs")); // the record's id, sent as this member
        }
        boolean file = view.getOrDefault("fields", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().stream().anyMatch(f -> f.asJsonObject().getString("type").equals("file"));
        if (fields.isEmpty() || file) {
          assertNull(viewBodies().get(id), id + " sends no JSON body");
          continue;
        }
      }
      Class<? extends Record> body = viewBodies().get(id);
      assertNotNull(body, "no API record named for view " + id);
      Set<String> components = components(body);
      switch (view.getString("kind")) {
        case "form" -> assertEquals(components, fields, id);
        case "list", "detail" -> {
          assertTrue(components.containsAll(fields), id);
          if (view.get("opens") instanceof JsonObject opens) {
            assertTrue(components.contains(opens.getString("key", "id")), id + " opens its rows by a member they have");
          }
        }
        case "table" -> assertTrue(components.containsAll(Set.of("rows", "columns", "columnTotals", "total")),
            id + " answers rows × columns with totals");
        default -> throw new AssertionError("unknown view kind " + view.getString("kind"));
      }
      for (JsonValue r : view.getOrDefault("related", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
        String related = id + "/" + r.asJsonObject().getString("id");
        Class<? extends Record> rows = relatedBodies().get(related);
        assertNotNull(rows, "no API record named for related list " + related);
        assertTrue(components(rows).containsAll(names(r.asJsonObject().get("fields"))), related);
      }
    }
  }

  private static Set<String> names(JsonValue fields) {
    return fields.asJsonArray().stream().map(f -> f.asJsonObject().getString("name")).collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> components(Class<? extends Record> record) {
    return Stream.of(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
  }

  /** A custom element, where data cannot say it: the module's own tag, and a script the jar ships. */
  @Test
  void element_views_name_the_modules_own_tag_and_a_script_it_ships() {
    String id = module().id();
    for (JsonValue v : ui().getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      if (view.getString("kind").equals("element")) {
        String tag = view.getString("tag");
        String script = view.getString("script");
        assertTrue(tag.startsWith(id + "-") && tag.substring(id.length() + 1).matches("[a-z0-9]+(-[a-z0-9]+)*"), tag);
        assertTrue(script.matches("[a-z0-9][a-z0-9-]{0,62}\\.js"), script);
        URL file = resource("ui/" + id + "/" + script);
        assertNotNull(file, "the element script ui/" + id + "/" + script);
        assertTrue(read(file).contains("export default class"), script + " exports its element class");
      }
    }
  }

  /** What the core's module class loader lets a module see; anything else fails only in the server. */
  @Test
  void the_module_depends_only_on_the_module_api() {
    String own = module().getClass().getPackageName();
    classes().that().resideInAPackage(own + "..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "jakarta..", "org.sahakum.api..", "org.pf4j..", own + "..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(own));
  }

  private JsonObject ui() {
    return UiDefinitions.read(resource(module().uiResource()));
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private URL resource(String name) {
    return module().getClass().getClassLoader().getResource(name);
  }
}
