package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahakum.api.LocalizedText;

/**
 * The km/en labels of an enum field's options in a module's UI definition, by value: the names an
 * indicator's category cells are shown under ({@link org.sahakum.api.Indicator#cellOptions()}),
 * taken from the one place the module words them.
 */
final class UiOptionNames {
  private UiOptionNames() {}

  /** The first field named {@code field} that lists options, anywhere in {@code ui}; empty when none. */
  static Map<String, LocalizedText> of(JsonObject ui, String field) {
    Map<String, LocalizedText> names = new LinkedHashMap<>();
    if (ui != null && field != null) {
      find(ui, field, names);
    }
    return names;
  }

  private static boolean find(JsonValue value, String field, Map<String, LocalizedText> names) {
    if (value instanceof JsonObject o) {
      if (field.equals(o.getString("name", null)) && o.get("options") instanceof jakarta.json.JsonArray options) {
        for (JsonValue option : options) {
          if (option instanceof JsonObject opt && opt.get("label") instanceof JsonObject label
              && !label.getString("km", "").isBlank() && !label.getString("en", "").isBlank()) {
            names.put(opt.getString("value", ""), LocalizedText.of(label.getString("km"), label.getString("en")));
          }
        }
        return true;
      }
      for (JsonValue child : o.values()) {
        if (find(child, field, names)) {
          return true;
        }
      }
    } else if (value instanceof jakarta.json.JsonArray array) {
      for (JsonValue child : array) {
        if (find(child, field, names)) {
          return true;
        }
      }
    }
    return false;
  }
}
