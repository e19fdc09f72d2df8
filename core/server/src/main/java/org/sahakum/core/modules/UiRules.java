package org.sahakum.core.modules;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The small checks {@link ModuleUi} is made of: texts, labels, resources, view names, actions. */
final class UiRules {
  static final String RECORD = "{id}";
  static final String ITEM = "{item}";
  /** A literal path segment of a module resource; never a dot segment, never an encoding. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

  /** Which ids a resource may name: a record form's the record's and a related row's. */
  enum Placeholders { NONE, RECORD_ONLY, RECORD_AND_ITEM }

  /** Where an action is offered, which decides the ids the view it opens can have. */
  enum Opened { FROM_VIEW, FROM_RELATED_LIST, FROM_RELATED_ROW }

  private UiRules() {}

  static void resource(String resource, Placeholders allowed, String where) {
    String[] segments = resource.split("/", -1);
    boolean record = false;
    for (String segment : segments) {
      if (segment.equals(RECORD) && allowed != Placeholders.NONE && !record) {
        record = true;
      } else if (segment.equals(ITEM) && allowed == Placeholders.RECORD_AND_ITEM && record) {
        allowed = Placeholders.RECORD_ONLY; // once only
      } else if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
        throw new IllegalArgumentException(where + ": resource '" + resource + "' must be plain path segments"
            + (allowed == Placeholders.NONE ? "" : ", with {id} (and after it {item}) at most once"));
      }
    }
  }

  static boolean isRecordForm(JsonObject view) {
    return "form".equals(view.getString("kind", "")) && view.getString("resource", "").contains(RECORD);
  }

  /** A form opened with a record: one naming {@code {id}}, or one that sends the record's id as {@code recordAs}. */
  static boolean needsRecord(JsonObject view) {
    return isRecordForm(view) || ("form".equals(view.getString("kind", "")) && view.containsKey("recordAs"));
  }

  static boolean usesItem(JsonObject view) {
    return view.getString("resource", "").contains(ITEM);
  }

  /** An action names a view it can open from where it is offered. */
  static void action(JsonObject action, Map<String, JsonObject> views, String where, Opened opened) {
    label(action, "label", where + " action");
    optionalText(action, "permission", where + " action");
    if (action.containsKey("when")) {
      when(object(action.get("when"), where + " action's when"), where);
    }
    String name = text(action, "view", where + " action");
    JsonObject target = views.get(name);
    if (target == null) {
      throw new IllegalArgumentException(where + ": action names unknown view '" + name + "'");
    }
    boolean withRecord = opened != Opened.FROM_VIEW || action.getBoolean("record", false);
    if (needsRecord(target) && !withRecord) {
      throw new IllegalArgumentException(where + ": record form '" + name + "' can only be a record's action (\"record\": true)");
    }
    if (usesItem(target) && opened != Opened.FROM_RELATED_ROW) {
      throw new IllegalArgumentException(where + ": form '" + name + "' names {item}, so only a related list's row opens it");
    }
  }

  /** {@code {"status": ["open"]}}: members of the record or row, each with the values that offer the action. */
  private static void when(JsonObject when, String where) {
    for (Map.Entry<String, JsonValue> member : when.entrySet()) {
      if (!(member.getValue() instanceof JsonArray values) || values.isEmpty()
          || values.stream().anyMatch(v -> v instanceof JsonObject || v instanceof JsonArray)) {
        throw new IllegalArgumentException(where + ": when." + member.getKey() + " lists the values that offer the action");
      }
    }
  }

  /**
   * A list's {@code opens}: the view whose detail a row opens ({@code "detentions"}), that view and
   * the row member holding the record's id ({@code {"view": "cases", "key": "caseId"}}), or
   * {@code false} for rows that open nothing.
   */
  static void opens(JsonValue opens, Map<String, JsonObject> views, String where) {
    if (opens == JsonValue.FALSE) {
      return;
    }
    String name;
    if (opens instanceof JsonString s) {
      name = s.getString();
    } else if (opens instanceof JsonObject o) {
      name = text(o, "view", where + " opens");
      optionalText(o, "key", where + " opens");
      if (o.keySet().stream().anyMatch(k -> !k.equals("view") && !k.equals("key"))) {
        throw new IllegalArgumentException(where + ": opens names only a view and a key");
      }
    } else {
      throw new IllegalArgumentException(where + ": opens is a view's name, {\"view\", \"key\"} or false");
    }
    JsonObject target = views.get(name);
    if (target == null) {
      throw new IllegalArgumentException(where + ": 'opens' names unknown view '" + name + "'");
    }
    if (!Set.of("list", "detail").contains(target.getString("kind", ""))) {
      throw new IllegalArgumentException(where + ": 'opens' names view '" + name + "', which shows no record's detail");
    }
  }

  static void viewName(JsonObject o, String key, Map<String, JsonObject> views, String where) {
    if (o.containsKey(key) && !views.containsKey(text(o, key, where))) {
      throw new IllegalArgumentException(where + ": '" + key + "' names unknown view '" + o.getString(key) + "'");
    }
  }

  static void only(String kind, Set<String> kinds, String key, String where) {
    if (!kinds.contains(kind)) {
      throw new IllegalArgumentException(where + ": '" + key + "' is for views of kind " + kinds);
    }
  }

  static JsonArray array(JsonObject o, String key, String where) {
    if (!(o.get(key) instanceof JsonArray a)) {
      throw new IllegalArgumentException(where + " needs an array '" + key + "'");
    }
    return a;
  }

  static JsonArray optionalArray(JsonObject o, String key, String where) {
    return o.containsKey(key) ? array(o, key, where) : JsonValue.EMPTY_JSON_ARRAY;
  }

  static JsonObject object(JsonValue v, String where) {
    if (!(v instanceof JsonObject o)) {
      throw new IllegalArgumentException(where + " must be an object");
    }
    return o;
  }

  static String text(JsonObject o, String key, String where) {
    if (!(o.get(key) instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException(where + " needs a text '" + key + "'");
    }
    return s.getString();
  }

  static void optionalText(JsonObject o, String key, String where) {
    if (o.containsKey(key)) {
      text(o, key, where);
    }
  }

  static void label(JsonObject o, String key, String where) {
    if (!(o.get(key) instanceof JsonObject label)) {
      throw new IllegalArgumentException(where + " needs a " + key + " with km and en");
    }
    text(label, "km", where + " " + key);
    text(label, "en", where + " " + key);
  }
}
