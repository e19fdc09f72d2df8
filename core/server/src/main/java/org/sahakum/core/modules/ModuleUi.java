package org.sahakum.core.modules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sahakum.api.SahakumModule;

/**
 * Reads and checks a module's UI definition: {@code {"menu":[...], "views":[...]}}, where every
 * menu entry and action names a view, every label has km and en, and every view, field, related
 * list and record form has the shape the web app draws (see {@link SahakumModule#uiResource()}).
 * A flaw leaves the module out at load, rather than a screen that fails in a person's hands.
 */
final class ModuleUi {
  static final Set<String> KINDS = Set.of("list", "form", "detail", "element", "table");
  private static final Set<String> METHODS = Set.of("POST", "PUT");

  private ModuleUi() {}

  static JsonObject read(SahakumModule module, ClassLoader loader) throws IOException {
    try (InputStream in = loader.getResourceAsStream(module.uiResource())) {
      if (in == null) {
        throw new IllegalArgumentException("UI definition " + module.uiResource() + " is missing");
      }
      try (JsonReader reader = Json.createReader(in)) {
        JsonObject ui = reader.readObject();
        check(ui);
        return SharedOptionLists.expand(ui);
      }
    }
  }

  static void check(JsonObject ui) {
    Map<String, JsonObject> views = new HashMap<>();
    for (JsonValue v : UiRules.array(ui, "views", "UI definition")) {
      JsonObject view = UiRules.object(v, "view");
      String id = UiRules.text(view, "id", "view");
      if (views.put(id, view) != null) {
        throw new IllegalArgumentException("view '" + id + "' is defined twice");
      }
    }
    for (JsonValue m : UiRules.array(ui, "menu", "UI definition")) {
      JsonObject entry = UiRules.object(m, "menu entry");
      UiRules.label(entry, "label", "menu entry");
      JsonObject view = views.get(UiRules.text(entry, "view", "menu entry"));
      if (view == null) {
        throw new IllegalArgumentException("menu entry names unknown view '" + entry.getString("view") + "'");
      }
      if (UiRules.needsRecord(view)) {
        throw new IllegalArgumentException("menu entry opens record form '" + entry.getString("view") + "' without a record");
      }
    }
    views.values().forEach(view -> checkView(view, views));
    UiPlaces.check(ui, views);
  }

  private static void checkView(JsonObject view, Map<String, JsonObject> views) {
    String where = "view '" + view.getString("id") + "'";
    String kind = UiRules.text(view, "kind", where);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(where + ": unknown kind '" + kind + "'");
    }
    UiRules.label(view, "label", where);
    if (!kind.equals("element") || view.containsKey("resource")) {
      String resource = UiRules.text(view, "resource", where);
      UiRules.resource(resource, kind.equals("form") ? UiRules.Placeholders.RECORD_AND_ITEM : UiRules.Placeholders.NONE, where);
    }
    UiFields.check(view, "fields", where, kind.equals("form"));
    if (view.containsKey("query")) {
      UiRules.only(kind, Set.of("list", "table"), "query", where);
      UiFields.check(view, "query", where);
      UiFields.noFreeText(view, "query", where);
    }
    UiRules.viewName(view, "after", views, where);
    UiLists.check(view, kind, where);
    if (view.containsKey("opens")) {
      UiRules.only(kind, Set.of("list"), "opens", where);
      UiRules.opens(view.get("opens"), views, where);
    }
    for (JsonValue a : UiRules.optionalArray(view, "actions", where)) {
      UiRules.action(UiRules.object(a, where + " action"), views, where, UiRules.Opened.FROM_VIEW);
    }
    if (kind.equals("form")) {
      checkForm(view, views, where);
    } else {
      for (String formOnly : new String[] {"method", "values", "submit", "recordAs", "prefill",
          "openCreated"}) {
        if (view.containsKey(formOnly)) {
          throw new IllegalArgumentException(where + ": '" + formOnly + "' is for forms");
        }
      }
    }
    if (view.containsKey("related")) {
      UiRules.only(kind, Set.of("list", "detail"), "related", where);
      for (JsonValue r : UiRules.optionalArray(view, "related", where)) {
        UiRelated.check(UiRules.object(r, where + " related list"), views, where);
      }
    }
  }

  private static void checkForm(JsonObject view, Map<String, JsonObject> views, String where) {
    if (view.containsKey("method") && !METHODS.contains(UiRules.text(view, "method", where))) {
      throw new IllegalArgumentException(where + ": method must be POST or PUT");
    }
    if (view.containsKey("values") && view.get("values").getValueType() != JsonValue.ValueType.OBJECT) {
      throw new IllegalArgumentException(where + ": values must be an object of the members sent as they are");
    }
    if (view.containsKey("submit")) {
      UiRules.label(view, "submit", where);
    }
    if (view.containsKey("recordAs")) {
      UiRules.text(view, "recordAs", where);
      if (UiRules.isRecordForm(view)) {
        throw new IllegalArgumentException(where + ": recordAs is for a form posted to a collection; a record form names {id} in its resource");
      }
      if (!view.containsKey("after")) {
        throw new IllegalArgumentException(where + ": a form sent with its record's id names the view whose detail it goes back to ('after')");
      }
    }
    if (view.containsKey("prefill")) {
      if (view.get("prefill") != JsonValue.TRUE && view.get("prefill") != JsonValue.FALSE) {
        throw new IllegalArgumentException(where + ": prefill is true or false");
      }
      if (!UiRules.isRecordForm(view) || UiRules.usesItem(view)) {
        throw new IllegalArgumentException(where + ": prefill reads the record from the form's resource, so it names {id} (and no {item})");
      }
    }
    if (view.containsKey("openCreated")) {
      openCreated(view, views, where);
    }
    if (UiRules.isRecordForm(view) && !view.containsKey("after")) {
      throw new IllegalArgumentException(where + ": a record form names the view whose detail it goes back to ('after')");
    }
    JsonArray fields = view.getJsonArray("fields");
    boolean file = fields != null && fields.stream().anyMatch(f -> "file".equals(f.asJsonObject().getString("type", "")));
    if (file && (fields.size() != 1 || view.containsKey("values"))) {
      throw new IllegalArgumentException(where + ": a file field is the whole body, so it is the form's only field");
    }
  }

  /**
   * {@code "openCreated": true}: once saved, the form opens what it created, its id taken from the
   * answer, in the view named {@code after} (a list's detail, a detail, or an element such as a
   * printable receipt). Only a form that creates a record in a collection has such an id.
   */
  private static void openCreated(JsonObject view, Map<String, JsonObject> views, String where) {
    JsonValue flag = view.get("openCreated");
    if (flag != JsonValue.TRUE && flag != JsonValue.FALSE) {
      throw new IllegalArgumentException(where + ": openCreated is true or false");
    }
    if (flag == JsonValue.FALSE) {
      return;
    }
    if (!"POST".equals(view.getString("method", "POST")) || view.containsKey("prefill") || UiRules.isRecordForm(view)) {
      throw new IllegalArgumentException(where + ": openCreated is for a form that POSTs a new record to a collection");
    }
    JsonObject target = view.containsKey("after") ? views.get(view.getString("after")) : null;
    if (target == null) {
      throw new IllegalArgumentException(where + ": openCreated names the view that shows the new record ('after')");
    }
    if (!Set.of("list", "detail", "element").contains(target.getString("kind", ""))) {
      throw new IllegalArgumentException(where + ": openCreated opens the new record in view '" + view.getString("after")
          + "', which shows no record");
    }
  }
}
