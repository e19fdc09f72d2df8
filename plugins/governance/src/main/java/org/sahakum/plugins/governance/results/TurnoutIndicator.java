package org.sahakum.plugins.governance.results;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.governance.elections.Election;

/**
 * Turnout of the votes that closed in the last 12 months, by the month they closed: cells
 * {@code 2026-11 on-roll} (members on the rolls) and {@code 2026-11 voted} (those who voted). Counts
 * of people only; the core suppresses small cells before a network sees them.
 */
public final class TurnoutIndicator implements Indicator {

  @Override
  public String id() {
    return "turnout-by-month";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("ចំនួនអ្នកមានសិទ្ធិបោះឆ្នោត និងអ្នកបានបោះឆ្នោត តាមខែបិទ",
        "Members on the roll and members who voted, by month closed");
  }

  @Override
  public Map<String, Long> count(ModuleContext ctx) {
    var now = ctx.clock().instant();
    List<Election> closed = ctx.entityManager().createQuery("SELECT e FROM Election e WHERE e.status = 'open' "
            + "AND e.closesAt <= :now AND e.closesAt > :since ORDER BY e.closesAt", Election.class)
        .setParameter("now", now).setParameter("since", now.minus(366, ChronoUnit.DAYS)).getResultList();
    ZoneId zone = ctx.clock().getZone();
    Map<String, Long> cells = new LinkedHashMap<>();
    for (Election e : closed) {
      String month = YearMonth.from(e.getClosesAt().atZone(zone)).toString();
      cells.merge(month + " on-roll", (long) e.getEligible(), Long::sum);
      cells.merge(month + " voted", Results.voted(ctx, e), Long::sum);
    }
    return cells;
  }
}
