package org.sahakum.core.aggregates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;

/**
 * What a network sees of a published indicator: a snapshot, taken when the organisation publishes
 * and again at the first look of each calendar month (in the operator's time zone). Between
 * snapshots the network sees the same figures, so it cannot set counts taken minutes apart against
 * each other to learn of one arrest, one new case or one new member.
 */
@ApplicationScoped
public class PublishedSnapshots {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject Indicators indicators;
  @Inject ServerSettings settings;
  @Inject SnapshotWriter writer;

  /** A table as the network sees it, and when it was taken. */
  public record Snapshot(SmallCellSuppression.Table table, Instant takenAt) {}

  /** Takes a snapshot of {@code table} now; call inside the publishing transaction, after the publication exists. */
  Snapshot take(long orgId, String id, SmallCellSuppression.Table table) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    IndicatorPublication p = em.find(IndicatorPublication.class, new IndicatorPublication.Key(orgId, id));
    p.snapshot(toJson(table.cells()), table.total(), now);
    return new Snapshot(table, now);
  }

  /** The snapshot the network sees now; empty when the indicator is not published, or no longer offered. */
  Optional<Snapshot> current(Tenant org, String id, long actor) {
    IndicatorPublication p = em.find(IndicatorPublication.class, new IndicatorPublication.Key(org.getId(), id));
    if (p == null) {
      return Optional.empty();
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (isCurrent(p.snapshotAt(), now, settings.timeZone())) {
      return Optional.of(new Snapshot(new SmallCellSuppression.Table(fromJson(p.snapshotCells()), p.snapshotTotal()),
          p.snapshotAt()));
    }
    Optional<SmallCellSuppression.Table> fresh = indicators.count(org, id, actor).map(SmallCellSuppression::apply);
    fresh.ifPresent(t -> writer.store(org.getId(), id, toJson(t.cells()), t.total(), now));
    return fresh.map(t -> new Snapshot(t, now));
  }

  /** Whether a snapshot taken at {@code takenAt} is this month's at {@code now} in {@code zone}. */
  static boolean isCurrent(Instant takenAt, Instant now, ZoneId zone) {
    if (takenAt == null) {
      return false;
    }
    LocalDate firstOfMonth = LocalDate.ofInstant(now, zone).withDayOfMonth(1);
    return !LocalDate.ofInstant(takenAt, zone).isBefore(firstOfMonth);
  }

  static String toJson(List<SmallCellSuppression.Cell> cells) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (SmallCellSuppression.Cell c : cells) {
      out.add(c.value() == null
          ? Json.createObjectBuilder().add("label", c.label()).addNull("value")
          : Json.createObjectBuilder().add("label", c.label()).add("value", c.value()));
    }
    return out.build().toString();
  }

  static List<SmallCellSuppression.Cell> fromJson(String json) {
    List<SmallCellSuppression.Cell> cells = new ArrayList<>();
    try (JsonReader in = Json.createReader(new StringReader(json))) {
      for (JsonObject c : in.readArray().getValuesAs(JsonObject.class)) {
        JsonValue v = c.get("value");
        cells.add(new SmallCellSuppression.Cell(c.getString("label"),
            v == null || v == JsonValue.NULL ? null : c.getJsonNumber("value").longValue()));
      }
    }
    return cells;
  }
}
