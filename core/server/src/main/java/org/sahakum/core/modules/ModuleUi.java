package org.sahakum.core.modules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.sahakum.api.SahakumModule;

/**
 * Reads and checks a module's UI definition: {@code {"menu":[...], "views":[...]}}, where every
 * menu entry names a view, and every label has km and en.
 */
final class ModuleUi {
  private ModuleUi() {}

  static JsonObject read(SahakumModule module, ClassLoader loader) throws IOException {
    try (InputStream in = loader.getResourceAsStream(module.uiResource())) {
      if (in == null) {
        throw new IllegalArgumentException("UI definition " + module.uiResource() + " is missing");
      }
      try (JsonReader reader = Json.createReader(in)) {
        JsonObject ui = reader.readObject();
        check(ui);
        return ui;
      }
    }
  }

  private static void check(JsonObject ui) {
    JsonArray views = array(ui, "views");
    Set<String> viewIds = new HashSet<>();
    for (JsonValue v : views) {
      JsonObject view = v.asJsonObject();
      viewIds.add(text(view, "id"));
      text(view, "kind");
      label(view, "view " + view.getString("id"));
    }
    for (JsonValue m : array(ui, "menu")) {
      JsonObject entry = m.asJsonObject();
      label(entry, "menu entry");
      if (!viewIds.contains(text(entry, "view"))) {
        throw new IllegalArgumentException("menu entry names unknown view '" + entry.getString("view") + "'");
      }
    }
  }

  private static JsonArray array(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonArray a)) {
      throw new IllegalArgumentException("UI definition needs an array '" + key + "'");
    }
    return a;
  }

  private static String text(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException("UI element needs a text '" + key + "'");
    }
    return s.getString();
  }

  private static void label(JsonObject o, String what) {
    if (!(o.get("label") instanceof JsonObject label)) {
      throw new IllegalArgumentException(what + " needs a label with km and en");
    }
    text(label, "km");
    text(label, "en");
  }
}
