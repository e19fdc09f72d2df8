package org.sahakum.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahakum.api.LocalizedText;

/** Checks on a module's UI definition (see {@link ModuleDeclarationContract}). */
final class UiDefinitions {
  private UiDefinitions() {}

  static JsonObject read(URL url) {
    try (InputStream in = url.openStream(); JsonReader r = Json.createReader(in)) {
      return r.readObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Every menu entry, action (of a view or a related list) and view reference names a view that exists. */
  static void assertViewsResolve(JsonObject ui) {
    Set<String> views = new HashSet<>();
    ui.getJsonArray("views").forEach(v -> views.add(v.asJsonObject().getString("id")));
    ui.getJsonArray("menu").forEach(m ->
        assertTrue(views.contains(m.asJsonObject().getString("view")), "menu names an unknown view: " + m));
    for (JsonValue v : ui.getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      List<JsonValue> actions = new ArrayList<>(view.getOrDefault("actions", JsonValue.EMPTY_JSON_ARRAY).asJsonArray());
      for (JsonValue r : view.getOrDefault("related", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
        actions.addAll(r.asJsonObject().getOrDefault("actions", JsonValue.EMPTY_JSON_ARRAY).asJsonArray());
        actions.addAll(r.asJsonObject().getOrDefault("rowActions", JsonValue.EMPTY_JSON_ARRAY).asJsonArray());
      }
      for (JsonValue action : actions) {
        assertTrue(views.contains(action.asJsonObject().getString("view")), "action names an unknown view: " + action);
      }
      if (view.containsKey("after")) {
        assertTrue(views.contains(view.getString("after")), view.getString("id") + ": after names an unknown view");
      }
      JsonValue opens = view.getOrDefault("opens", JsonValue.FALSE);
      if (opens != JsonValue.FALSE) { // a view's name, or {"view", "key"}
        String target = opens instanceof JsonObject o ? o.getString("view") : view.getString("opens");
        assertTrue(views.contains(target), view.getString("id") + ": opens names an unknown view");
      }
    }
  }

  /** Every field of every view: its fields, its query fields and its related lists' fields. */
  static List<JsonObject> allFields(JsonObject ui) {
    List<JsonObject> fields = new ArrayList<>();
    for (JsonValue v : ui.getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      List<JsonValue> lists = new ArrayList<>(List.of(view.getOrDefault("fields", JsonValue.EMPTY_JSON_ARRAY),
          view.getOrDefault("query", JsonValue.EMPTY_JSON_ARRAY)));
      view.getOrDefault("related", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
          .forEach(r -> lists.add(r.asJsonObject().get("fields")));
      lists.forEach(list -> list.asJsonArray().forEach(f -> fields.add(f.asJsonObject())));
    }
    return fields;
  }

  /** Every object under a "label" or "submit" key, at any depth, has km (in Khmer script) and en. */
  static void assertLabels(JsonValue value, String where) {
    if (value instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (e.getKey().equals("optionsFrom")) {
          continue; // its "label" names the member of the module's rows that labels an option
        }
        if (e.getKey().equals("label") || e.getKey().equals("submit")) {
          JsonObject label = e.getValue().asJsonObject();
          assertTrue(label.get("km") instanceof JsonString, where + " label needs km");
          assertTrue(label.get("en") instanceof JsonString, where + " label needs en");
          assertKhmerAndEnglish(LocalizedText.of(label.getString("km"), label.getString("en")), where);
        } else {
          assertLabels(e.getValue(), where + "." + e.getKey());
        }
      }
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      int i = 0;
      for (JsonValue item : value.asJsonArray()) {
        assertLabels(item, where + "[" + i++ + "]");
      }
    }
  }

  /** Every value under a "permission" key, at any depth. */
  static List<String> permissions(JsonValue value) {
    List<String> into = new ArrayList<>();
    collect(value, into);
    return into;
  }

  private static void collect(JsonValue value, List<String> into) {
    if (value instanceof JsonObject o) {
      o.forEach((k, v) -> {
        if (k.equals("permission")) {
          into.add(((JsonString) v).getString());
        } else {
          collect(v, into);
        }
      });
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> collect(v, into));
    }
  }

  static void assertKhmerAndEnglish(LocalizedText text, String what) {
    assertTrue(text.km().codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF), what + ": km is not Khmer: " + text.km());
    assertFalse(text.en().isBlank(), what + ": en is blank");
  }
}
