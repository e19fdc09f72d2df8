package org.sahakum.core.modules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.sahakum.api.Places;

/**
 * Option lists every module shares, kept once in the core: an enum field names one with
 * {@code "optionList": "places"}, and the definition the web app receives carries the options with
 * their km and en names, as if the module had written them out.
 */
final class SharedOptionLists {
  private static final Map<String, JsonArray> LISTS = Map.of("places", places());

  private SharedOptionLists() {}

  static void check(String name, String at) {
    if (!LISTS.containsKey(name)) {
      throw new IllegalArgumentException(at + ": unknown optionList '" + name + "' (the core has " + LISTS.keySet() + ")");
    }
  }

  /** The definition with every {@code optionList} replaced by its options. */
  static JsonObject expand(JsonObject definition) {
    return (JsonObject) expandValue(definition);
  }

  private static JsonValue expandValue(JsonValue value) {
    if (value instanceof JsonArray array) {
      JsonArrayBuilder out = Json.createArrayBuilder();
      array.forEach(item -> out.add(expandValue(item)));
      return out.build();
    }
    if (!(value instanceof JsonObject object)) {
      return value;
    }
    JsonObjectBuilder out = Json.createObjectBuilder();
    object.forEach((key, member) -> {
      if (key.equals("optionList")) {
        out.add("options", LISTS.get(((jakarta.json.JsonString) member).getString()));
      } else {
        out.add(key, expandValue(member));
      }
    });
    return out.build();
  }

  private static JsonArray places() {
    return options(Places.LIST.stream().map(p -> List.of(p.code(), p.name().km(), p.name().en())).toList());
  }

  private static JsonArray options(List<List<String>> rows) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (List<String> row : rows) {
      out.add(Json.createObjectBuilder().add("value", row.get(0))
          .add("label", Json.createObjectBuilder().add("km", row.get(1)).add("en", row.get(2))));
    }
    return out.build();
  }
}
