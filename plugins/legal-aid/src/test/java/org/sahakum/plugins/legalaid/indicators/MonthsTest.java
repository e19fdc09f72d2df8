package org.sahakum.plugins.legalaid.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twelve months, oldest first, bucketed in the operator's zone. */
class MonthsTest {
  private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

  @Test
  void twelve_months_every_one_present_and_times_counted_in_phnom_penh() {
    YearMonth now = YearMonth.of(2026, 11);
    // 23:30 on 31 October in Phnom Penh is still October there, though it is 16:30 UTC
    Instant lateOctober = Instant.parse("2026-10-31T16:30:00Z");
    // 00:30 on 1 November in Phnom Penh is 31 October in UTC
    Instant earlyNovember = Instant.parse("2026-10-31T17:30:00Z");
    Map<String, Long> cells = Months.count(List.of(lateOctober, earlyNovember, earlyNovember), now, PHNOM_PENH);
    assertEquals(12, cells.size());
    assertEquals("2025-12", cells.keySet().iterator().next());
    assertEquals(1L, cells.get("2026-10"));
    assertEquals(2L, cells.get("2026-11"));
    assertEquals(3L, cells.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(Instant.parse("2025-11-30T17:00:00Z"), Months.start(now, PHNOM_PENH));
  }
}
