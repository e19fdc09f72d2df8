package org.sahakum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reading the network dashboard and published tables the way a test asserts on them. */
public final class PublishedTables {

  private PublishedTables() {}

  /** One organisation's entry on a dashboard answer, which must be 200. */
  public static JsonObject organisation(ApiResponse dashboard, String org) {
    assertEquals(200, dashboard.status(), dashboard.toString());
    return dashboard.object().getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("organisation").equals(org)).findFirst().orElseThrow();
  }

  /** A table's cell values in order, null for a suppressed cell. */
  public static List<Long> values(JsonObject table) {
    List<Long> out = new ArrayList<>();
    for (JsonObject cell : table.getJsonArray("cells").getValuesAs(JsonObject.class)) {
      out.add(cell.get("value") == null || cell.get("value") == JsonValue.NULL ? null
          : cell.getJsonNumber("value").longValue());
    }
    return out;
  }
}
