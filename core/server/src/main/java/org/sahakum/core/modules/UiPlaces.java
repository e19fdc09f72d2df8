package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks where a module's screens work and what its group on the home screen shows:
 *
 * <ul>
 *   <li>{@code "levels"} (at the top, on a menu entry or on a count): the tenant levels,
 *       {@code organisation} and {@code chapter}, where it works; a menu entry or count without
 *       its own takes the top's, and the top defaults to both. A module kept at the organisation
 *       says {@code ["organisation"]}, so a chapter shows none of its screens and offers no switch
 *       for it unless one of its entries works there.
 *   <li>{@code "forMembers": true} on a menu entry: only a caller who is a member here sees it.
 *   <li>{@code "home": {"icon": "<SVG path data, 24×24>", "counts": [{id, label, resource,
 *       permission, view?, levels?}]}}: each count's {@code resource} answers {@code {"count": n}}
 *       and needs {@code permission}; {@code view} names the screen the count opens.
 * </ul>
 */
final class UiPlaces {
  static final Set<String> LEVELS = Set.of("organisation", "chapter");
  /** Path data only: commands, numbers, separators; never markup or a URL. */
  private static final Pattern PATH_DATA = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz0-9 ,.\\-]{1,2000}");
  private static final Pattern COUNT_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private UiPlaces() {}

  static void check(JsonObject ui, Map<String, JsonObject> views) {
    if (ui.containsKey("levels")) {
      levels(ui, "UI definition");
    }
    for (JsonValue m : UiRules.array(ui, "menu", "UI definition")) {
      JsonObject entry = m.asJsonObject();
      String where = "menu entry '" + entry.getString("view", "") + "'";
      if (entry.containsKey("levels")) {
        levels(entry, where);
      }
      if (entry.containsKey("forMembers") && entry.get("forMembers") != JsonValue.TRUE
          && entry.get("forMembers") != JsonValue.FALSE) {
        throw new IllegalArgumentException(where + ": forMembers is true or false");
      }
    }
    if (ui.containsKey("home")) {
      home(UiRules.object(ui.get("home"), "home"), views);
    }
  }

  private static void home(JsonObject home, Map<String, JsonObject> views) {
    if (home.containsKey("icon") && !PATH_DATA.matcher(UiRules.text(home, "icon", "home")).matches()) {
      throw new IllegalArgumentException("home: icon is the path data of a 24×24 SVG line drawing (M, L, C, A, Z and numbers)");
    }
    Set<String> ids = new HashSet<>();
    for (JsonValue c : UiRules.optionalArray(home, "counts", "home")) {
      JsonObject count = UiRules.object(c, "home count");
      String id = UiRules.text(count, "id", "home count");
      String where = "home count '" + id + "'";
      if (!COUNT_ID.matcher(id).matches() || !ids.add(id)) {
        throw new IllegalArgumentException(where + ": id is lower-case letters, digits and hyphens, once each");
      }
      UiRules.label(count, "label", where);
      UiRules.resource(UiRules.text(count, "resource", where), UiRules.Placeholders.NONE, where);
      UiRules.text(count, "permission", where);
      UiRules.viewName(count, "view", views, where);
      if (count.containsKey("view") && UiRules.needsRecord(views.get(count.getString("view")))) {
        throw new IllegalArgumentException(where + ": opens record form '" + count.getString("view") + "' without a record");
      }
      if (count.containsKey("levels")) {
        levels(count, where);
      }
    }
  }

  private static Set<String> levels(JsonObject o, String where) {
    List<JsonValue> values = UiRules.array(o, "levels", where);
    Set<String> out = new HashSet<>();
    for (JsonValue v : values) {
      if (!(v instanceof JsonString s) || !LEVELS.contains(s.getString()) || !out.add(s.getString())) {
        throw new IllegalArgumentException(where + ": levels lists organisation and/or chapter, each once");
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(where + ": levels names at least one of organisation, chapter");
    }
    return out;
  }

  /** Every level where some screen or count of the (checked) definition works. */
  static Set<String> levelsOf(JsonObject ui) {
    Set<String> out = new HashSet<>(ui.containsKey("levels") ? strings(ui) : LEVELS);
    ui.getJsonArray("menu").forEach(m -> out.addAll(strings(m.asJsonObject())));
    JsonObject home = ui.getJsonObject("home");
    if (home != null) {
      home.getOrDefault("counts", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().forEach(c -> out.addAll(strings(c.asJsonObject())));
    }
    return out;
  }

  private static Set<String> strings(JsonObject o) {
    Set<String> out = new HashSet<>();
    o.getOrDefault("levels", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().forEach(v -> out.add(((JsonString) v).getString()));
    return out;
  }
}
