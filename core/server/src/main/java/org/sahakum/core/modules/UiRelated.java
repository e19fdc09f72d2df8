package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A related list on a record's detail: rows read from a resource naming the record
 * ({@code cases/{id}/dates}) or held in one of the record's members ({@code member}), with its
 * own fields, the actions that add to it and the actions on each row.
 */
final class UiRelated {
  private UiRelated() {}

  static void check(JsonObject related, Map<String, JsonObject> views, String owner) {
    String where = owner + " related list '" + UiRules.text(related, "id", owner + " related list") + "'";
    UiRules.label(related, "label", where);
    UiRules.optionalText(related, "permission", where);
    UiRules.optionalText(related, "key", where);
    boolean fromResource = related.containsKey("resource");
    if (fromResource == related.containsKey("member")) {
      throw new IllegalArgumentException(where + ": rows come from either a resource or a member of the record");
    }
    if (fromResource) {
      String resource = UiRules.text(related, "resource", where);
      UiRules.resource(resource, UiRules.Placeholders.RECORD_ONLY, where);
      if (!resource.contains(UiRules.RECORD)) {
        throw new IllegalArgumentException(where + ": the resource names the record with {id}");
      }
    } else {
      UiRules.text(related, "member", where);
    }
    if (UiRules.array(related, "fields", where).isEmpty()) {
      throw new IllegalArgumentException(where + " needs fields to show");
    }
    UiFields.check(related, "fields", where);
    JsonValue onRequest = related.getOrDefault("onRequest", JsonValue.FALSE);
    if (onRequest != JsonValue.TRUE && onRequest != JsonValue.FALSE) {
      throw new IllegalArgumentException(where + ": onRequest is true or false");
    }
    for (JsonValue a : UiRules.optionalArray(related, "actions", where)) {
      UiRules.action(UiRules.object(a, where + " action"), views, where, UiRules.Opened.FROM_RELATED_LIST);
    }
    for (JsonValue a : UiRules.optionalArray(related, "rowActions", where)) {
      UiRules.action(UiRules.object(a, where + " row action"), views, where, UiRules.Opened.FROM_RELATED_ROW);
    }
  }
}
