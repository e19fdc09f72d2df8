package org.sahakum.core.aggregates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedSnapshotsTest {
  private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

  @Test
  void a_snapshot_is_current_within_the_calendar_month_of_the_operators_zone() {
    Instant now = Instant.parse("2026-12-10T03:00:00Z");
    assertTrue(PublishedSnapshots.isCurrent(Instant.parse("2026-12-01T00:00:00Z"), now, PHNOM_PENH));
    // 30 November 18:00 UTC is already 1 December 01:00 in Phnom Penh
    assertTrue(PublishedSnapshots.isCurrent(Instant.parse("2026-11-30T18:00:00Z"), now, PHNOM_PENH));
    assertFalse(PublishedSnapshots.isCurrent(Instant.parse("2026-11-30T16:59:59Z"), now, PHNOM_PENH));
    assertFalse(PublishedSnapshots.isCurrent(Instant.parse("2025-12-15T00:00:00Z"), now, PHNOM_PENH), "a year ago");
    assertFalse(PublishedSnapshots.isCurrent(null, now, PHNOM_PENH), "never taken");
  }

  @Test
  void suppressed_cells_survive_the_stored_form() {
    List<SmallCellSuppression.Cell> cells = Arrays.asList(new SmallCellSuppression.Cell("wnu-sen-sok", 7L),
        new SmallCellSuppression.Cell("wnu-kampot", null), new SmallCellSuppression.Cell("ព្រះសីហនុ \"x\"", 12L));
    assertEquals(cells, PublishedSnapshots.fromJson(PublishedSnapshots.toJson(cells)));
  }
}
