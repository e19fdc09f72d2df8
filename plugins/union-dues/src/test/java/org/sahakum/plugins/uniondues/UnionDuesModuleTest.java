package org.sahakum.plugins.uniondues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.plugins.uniondues.payments.DuesPayment;
import org.sahakum.plugins.uniondues.payments.NewPayment;
import org.sahakum.plugins.uniondues.payments.PaymentView;

/** Checks what the module declares, as the core will read it at load time. */
class UnionDuesModuleTest {
  private static final Set<String> ROLES =
      Set.of("admin", "organiser", "paralegal", "health-worker", "teacher", "treasurer", "member");

  private final UnionDuesModule module = new UnionDuesModule();

  @Test
  void id_names_and_resources_fit_together() {
    assertEquals("union-dues", module.id());
    assertKhmerAndEnglish(module.name(), "name");
    assertKhmerAndEnglish(module.description(), "description");
    assertEquals("db/union_dues", module.migrationLocation());
    assertNotNull(resource(module.migrationLocation() + "/V1__payments.sql"), "the first migration");
    assertNotNull(resource(module.uiResource()), "the UI definition");
    assertEquals(List.of(DuesPayment.class), module.entityClasses());
  }

  @Test
  void the_extension_index_names_the_module() throws IOException {
    List<String> lines = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    assertTrue(lines.contains(UnionDuesModule.class.getName()), "extensions.idx: " + lines);
  }

  @Test
  void every_permission_is_the_modules_own_and_described_in_both_languages() {
    Set<String> names = new HashSet<>();
    for (PermissionDefinition p : module.permissions()) {
      assertTrue(names.add(p.name()), "declared twice: " + p.name());
      assertTrue(p.name().startsWith("dues:"), p.name());
      assertKhmerAndEnglish(p.description(), p.name());
      assertTrue(ROLES.containsAll(p.defaultRoles()), p.name() + " names an unknown role: " + p.defaultRoles());
      assertFalse(p.defaultRoles().contains("member"), p.name() + " must not reach every member");
    }
    assertEquals(4, names.size());
  }

  @Test
  void treasurers_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("dues:payment:record", "dues:payment:reverse", "dues:plan:manage",
        "dues:report:read"), byRole.get("treasurer"));
    assertEquals(Set.of("dues:payment:record", "dues:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("organiser", "treasurer"), byRole.keySet());
  }

  @Test
  void the_ui_definition_is_complete() {
    JsonObject ui = readUi();
    Set<String> views = new HashSet<>();
    for (JsonValue v : ui.getJsonArray("views")) {
      views.add(v.asJsonObject().getString("id"));
    }
    for (JsonValue m : ui.getJsonArray("menu")) {
      assertTrue(views.contains(m.asJsonObject().getString("view")), "menu names an unknown view: " + m);
    }
    for (JsonValue v : ui.getJsonArray("views")) {
      for (JsonValue action : v.asJsonObject().getOrDefault("actions", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
        assertTrue(views.contains(action.asJsonObject().getString("view")), "action names an unknown view: " + action);
      }
    }
    checkLabels(ui, "ui");
  }

  @Test
  void the_ui_offers_exactly_the_values_the_api_accepts() {
    for (JsonValue v : readUi().getJsonArray("views")) {
      for (JsonValue f : v.asJsonObject().getJsonArray("fields")) {
        JsonObject field = f.asJsonObject();
        String expected = field.getString("name").equals("currency") ? DuesPayment.CURRENCIES : null;
        if (expected != null) {
          List<String> values = field.getJsonArray("options").stream()
              .map(o -> o.asJsonObject().getString("value")).toList();
          assertEquals(List.of(expected.split("\\|")), values, field.getString("name"));
        }
      }
    }
  }

  @Test
  void forms_send_the_body_the_api_reads_and_lists_show_what_it_answers() {
    for (JsonValue v : readUi().getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      Set<String> fields = view.getJsonArray("fields").stream()
          .map(f -> f.asJsonObject().getString("name")).collect(Collectors.toSet());
      switch (view.getString("kind")) {
        case "form" -> assertEquals(components(NewPayment.class), fields, view.getString("id"));
        case "list" -> assertTrue(components(PaymentView.class).containsAll(fields), view.getString("id"));
        default -> throw new AssertionError("unknown view kind " + view.getString("kind"));
      }
    }
  }

  @Test
  void the_ui_names_only_declared_permissions() {
    Set<String> declared = new HashSet<>();
    module.permissions().forEach(p -> declared.add(p.name()));
    List<String> used = new ArrayList<>();
    collectPermissions(readUi(), used);
    assertFalse(used.isEmpty());
    for (String p : used) {
      assertTrue(declared.contains(p), "UI names an undeclared permission: " + p);
    }
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
  }

  private JsonObject readUi() {
    try (InputStream in = resource(module.uiResource()).openStream(); JsonReader r = Json.createReader(in)) {
      return r.readObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Every object under a "label" key, at any depth, has non-blank km (in Khmer script) and en. */
  private static void checkLabels(JsonValue value, String where) {
    if (value instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (e.getKey().equals("label")) {
          JsonObject label = e.getValue().asJsonObject();
          assertTrue(label.get("km") instanceof JsonString, where + " label needs km");
          assertTrue(label.get("en") instanceof JsonString, where + " label needs en");
          assertKhmerAndEnglish(LocalizedText.of(label.getString("km"), label.getString("en")), where);
        } else {
          checkLabels(e.getValue(), where + "." + e.getKey());
        }
      }
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      int i = 0;
      for (JsonValue item : value.asJsonArray()) {
        checkLabels(item, where + "[" + i++ + "]");
      }
    }
  }

  private static void collectPermissions(JsonValue value, List<String> into) {
    if (value instanceof JsonObject o) {
      o.forEach((k, v) -> {
        if (k.equals("permission")) {
          into.add(((JsonString) v).getString());
        } else {
          collectPermissions(v, into);
        }
      });
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> collectPermissions(v, into));
    }
  }

  private static void assertKhmerAndEnglish(LocalizedText text, String what) {
    assertTrue(text.km().codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF),
        what + ": km is not Khmer: " + text.km());
    assertFalse(text.en().isBlank(), what + ": en is blank");
  }

  private static URL resource(String name) {
    return UnionDuesModuleTest.class.getClassLoader().getResource(name);
  }
}
