package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * How a list reads and leaves: {@code "paged": true} (its resource follows
 * {@link org.sahakum.api.Page}: {@code ?offset=&limit=}, the total in {@code X-Total-Count}),
 * {@code "phoneColumns"} (the few fields a 360 px phone shows; the rest are on the row's detail),
 * and {@code "exports"} (buttons that download a file from a module resource, each behind a
 * permission).
 */
final class UiLists {
  static final Set<String> EXPORT_FORMATS = Set.of("csv", "xlsx");
  /** A phone shows so many columns at 360 px, beside the row's link. */
  static final int MAX_PHONE_COLUMNS = 3;

  private UiLists() {}

  static void check(JsonObject view, String kind, String where) {
    if (view.containsKey("paged")) {
      UiRules.only(kind, Set.of("list"), "paged", where);
      if (view.get("paged") != JsonValue.TRUE && view.get("paged") != JsonValue.FALSE) {
        throw new IllegalArgumentException(where + ": paged is true or false");
      }
    }
    if (view.containsKey("phoneColumns")) {
      UiRules.only(kind, Set.of("list"), "phoneColumns", where);
      phoneColumns(view, where);
    }
    if (view.containsKey("exports")) {
      UiRules.only(kind, Set.of("list", "table"), "exports", where);
      for (JsonValue e : UiRules.array(view, "exports", where)) {
        export(UiRules.object(e, where + " export"), where + " export");
      }
    }
  }

  private static void phoneColumns(JsonObject view, String where) {
    Set<String> fields = new HashSet<>();
    UiRules.optionalArray(view, "fields", where).forEach(f -> fields.add(f.asJsonObject().getString("name")));
    var columns = UiRules.array(view, "phoneColumns", where);
    if (columns.isEmpty() || columns.size() > MAX_PHONE_COLUMNS) {
      throw new IllegalArgumentException(where + ": phoneColumns names 1 to " + MAX_PHONE_COLUMNS
          + " of the view's fields, the ones that matter at 360 px");
    }
    Set<String> seen = new HashSet<>();
    for (JsonValue c : columns) {
      if (!(c instanceof JsonString s) || !fields.contains(s.getString())) {
        throw new IllegalArgumentException(where + ": phoneColumns names " + c + ", which is not one of the view's fields");
      }
      if (!seen.add(s.getString())) {
        throw new IllegalArgumentException(where + ": phoneColumns names '" + s.getString() + "' twice");
      }
    }
  }

  /**
   * {@code {"label", "resource", "format", "permission"}}: the app downloads {@code resource?format=}
   * (with the list's chosen query) through its own session, so the resource is a plain path; a
   * file of members needs its permission said, never assumed from the list's.
   */
  private static void export(JsonObject export, String where) {
    UiRules.label(export, "label", where);
    UiRules.resource(UiRules.text(export, "resource", where), UiRules.Placeholders.NONE, where);
    String format = UiRules.text(export, "format", where);
    if (!EXPORT_FORMATS.contains(format)) {
      throw new IllegalArgumentException(where + ": format is one of " + EXPORT_FORMATS);
    }
    UiRules.text(export, "permission", where);
    for (String key : export.keySet()) {
      if (!Set.of("label", "resource", "format", "permission").contains(key)) {
        throw new IllegalArgumentException(where + ": unknown member '" + key + "'");
      }
    }
  }
}
