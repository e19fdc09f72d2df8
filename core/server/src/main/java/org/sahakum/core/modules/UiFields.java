package org.sahakum.core.modules;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * The fields of a view, a query or a related list: a name, a type the web app draws, a label; an
 * enum's options, given, read from a module resource ({@code optionsFrom}) or one of the core's
 * shared lists ({@code optionList}, filled in by {@link SharedOptionLists}); a file's media types; a
 * form's date, date-time or month field may start at now ({@code "default": "now"}). A
 * {@code chapter} field holds a chapter's slug: the web app offers the organisation's chapters by
 * name and shows the name, so nobody types or reads a slug. An {@code account} field holds a staff
 * account's id: the web app offers the holders of its {@code holding} permission by login name
 * ({@code GET /api/t/{tenant}/staff}) and shows the name.
 */
final class UiFields {
  static final Set<String> TYPES = Set.of("text", "textarea", "number", "integer", "money", "enum", "date",
      "datetime", "month", "boolean", "file", "chapter", "account");

  /** Field types that may start at the moment the form opens ({@code "default": "now"}). */
  static final Set<String> TIMED = Set.of("date", "datetime", "month");

  private UiFields() {}

  static void check(JsonObject owner, String key, String where) {
    check(owner, key, where, false);
  }

  /** As {@link #check(JsonObject, String, String)}; {@code defaults}: a form's fields, which may start from a default. */
  static void check(JsonObject owner, String key, String where, boolean defaults) {
    Set<String> names = new HashSet<>();
    for (JsonValue f : UiRules.optionalArray(owner, key, where)) {
      JsonObject field = UiRules.object(f, where + " field");
      String name = UiRules.text(field, "name", where + " field");
      String at = where + " field '" + name + "'";
      if (!names.add(name)) {
        throw new IllegalArgumentException(at + " is named twice");
      }
      String type = UiRules.text(field, "type", at);
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException(at + ": unknown type '" + type + "'");
      }
      UiRules.label(field, "label", at);
      if (type.equals("enum")) {
        enumOptions(field, at);
      } else if (field.containsKey("options") || field.containsKey("optionsFrom") || field.containsKey("optionList")) {
        throw new IllegalArgumentException(at + ": options are for enum fields");
      }
      if (field.containsKey("default")) {
        startValue(field, type, at, defaults);
      }
      if (type.equals("account")) {
        UiRules.text(field, "holding", at);
      } else if (field.containsKey("holding")) {
        throw new IllegalArgumentException(at + ": holding is for account fields");
      }
      if (type.equals("file")) {
        fileLimits(field, at);
      } else if (field.containsKey("accept") || field.containsKey("maxBytes")) {
        throw new IllegalArgumentException(at + ": accept and maxBytes are for file fields");
      }
    }
  }

  /**
   * Query fields travel in the URL, where proxies and servers log them: a choice, a number or a
   * date may, free text (a name, a phone number) may not.
   */
  static void noFreeText(JsonObject owner, String key, String where) {
    for (JsonValue f : UiRules.optionalArray(owner, key, where)) {
      JsonObject field = f.asJsonObject();
      String type = field.getString("type");
      if (Set.of("text", "textarea", "file").contains(type)) {
        throw new IllegalArgumentException(where + " " + key + " field '" + field.getString("name") + "': a query field "
            + "goes into the URL, so it may not be " + type + " (a name or a phone would land in access logs); "
            + "search through a POST body instead");
      }
    }
  }

  private static void enumOptions(JsonObject field, String at) {
    boolean given = field.containsKey("options");
    int sources = (given ? 1 : 0) + (field.containsKey("optionsFrom") ? 1 : 0) + (field.containsKey("optionList") ? 1 : 0);
    if (sources != 1) {
      throw new IllegalArgumentException(at + ": an enum needs exactly one of options, optionsFrom or optionList");
    }
    if (field.containsKey("optionList")) {
      SharedOptionLists.check(UiRules.text(field, "optionList", at), at);
      return;
    }
    if (given) {
      for (JsonValue o : UiRules.array(field, "options", at)) {
        JsonObject option = UiRules.object(o, at + " option");
        UiRules.text(option, "value", at + " option");
        UiRules.label(option, "label", at + " option");
      }
      return;
    }
    JsonObject source = UiRules.object(field.get("optionsFrom"), at + " optionsFrom");
    UiRules.resource(UiRules.text(source, "resource", at + " optionsFrom"), UiRules.Placeholders.NONE, at + " optionsFrom");
    UiRules.text(source, "value", at + " optionsFrom");
    UiRules.text(source, "label", at + " optionsFrom");
  }

  /** A form's date, date-time or month field may start at now; nothing else has a default yet. */
  private static void startValue(JsonObject field, String type, String at, boolean defaults) {
    if (!defaults) {
      throw new IllegalArgumentException(at + ": 'default' is for the fields of a form");
    }
    if (!TIMED.contains(type)) {
      throw new IllegalArgumentException(at + ": 'default' is for date, datetime and month fields");
    }
    if (!(field.get("default") instanceof JsonString s && s.getString().equals("now"))) {
      throw new IllegalArgumentException(at + ": 'default' can only be \"now\" (the moment the form opens)");
    }
  }

  private static void fileLimits(JsonObject field, String at) {
    JsonArray accept = UiRules.array(field, "accept", at);
    if (accept.isEmpty() || !accept.stream().allMatch(t -> t instanceof JsonString s && s.getString().matches("[a-z]+/[a-z0-9.+-]+"))) {
      throw new IllegalArgumentException(at + ": accept lists the media types taken, such as application/pdf");
    }
    if (field.containsKey("maxBytes") && !(field.get("maxBytes") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0)) {
      throw new IllegalArgumentException(at + ": maxBytes is a positive whole number");
    }
  }
}
