package org.sahakum.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sahakum.core.modules.ModuleSharedLists;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;

/**
 * Which lists an organisation shares, and the rows its network sees: taken at publication and again
 * at the first look of each day (in the operator's time zone), so a retired facility leaves the
 * network's view by the next day without anyone above the wall reading live.
 */
@ApplicationScoped
public class SharedListSnapshots {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject ModuleSharedLists lists;
  @Inject ServerSettings settings;
  @Inject SharedListWriter writer;

  /** The rows the network sees, and when they were taken. */
  public record Snapshot(List<Map<String, Object>> rows, Instant takenAt) {}

  Set<String> published(long orgId) {
    return new TreeSet<>(em.createQuery("SELECT p.listId FROM SharedListPublication p WHERE p.orgId = :o", String.class)
        .setParameter("o", orgId).getResultList());
  }

  /** What the network sees of {@code id} at {@code org} now; empty when not shared, or no longer offered there. */
  Optional<Snapshot> current(Tenant org, String id, long actor) {
    SharedListPublication p = em.find(SharedListPublication.class, new SharedListPublication.Key(org.getId(), id));
    if (p == null) {
      return Optional.empty();
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (p.snapshotAt() != null
        && LocalDate.ofInstant(p.snapshotAt(), settings.timeZone()).equals(LocalDate.ofInstant(now, settings.timeZone()))) {
      return Optional.of(new Snapshot(fromJson(p.snapshotRows()), p.snapshotAt()));
    }
    Optional<List<Map<String, Object>>> fresh = lists.rows(org, id, actor);
    fresh.ifPresent(rows -> writer.set(org.getId(), id, true, actor, rows));
    return fresh.map(rows -> new Snapshot(rows, now));
  }

  static String toJson(List<Map<String, Object>> rows) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Map<String, Object> row : rows) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      row.forEach((key, value) -> {
        switch (value) {
          case null -> o.addNull(key);
          case String s -> o.add(key, s);
          case Boolean b -> o.add(key, b);
          case Long n -> o.add(key, n);
          case Integer n -> o.add(key, n);
          case Number n -> o.add(key, n.doubleValue());
          case List<?> values -> {
            JsonArrayBuilder a = Json.createArrayBuilder();
            values.forEach(v -> a.add(String.valueOf(v)));
            o.add(key, a);
          }
          default -> throw new IllegalArgumentException("A shared list's value must be text, a number, a yes/no or a list"
              + " of codes; " + key + " is a " + value.getClass().getSimpleName());
        }
      });
      out.add(o);
    }
    return out.build().toString();
  }

  static List<Map<String, Object>> fromJson(String json) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (json == null) {
      return rows;
    }
    try (JsonReader in = Json.createReader(new StringReader(json))) {
      for (JsonObject o : in.readArray().getValuesAs(JsonObject.class)) {
        Map<String, Object> row = new LinkedHashMap<>();
        o.forEach((key, v) -> row.put(key, plain(v)));
        rows.add(row);
      }
    }
    return rows;
  }

  private static Object plain(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).isIntegral() ? ((JsonNumber) v).longValue() : ((JsonNumber) v).doubleValue();
      case TRUE -> true;
      case FALSE -> false;
      case ARRAY -> v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
      default -> null;
    };
  }
}
