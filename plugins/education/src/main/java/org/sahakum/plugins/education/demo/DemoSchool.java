package org.sahakum.plugins.education.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.school.NewSupport;
import org.sahakum.plugins.education.school.SchoolPathResource;
import org.sahakum.plugins.education.school.SchoolUpdate;
import org.sahakum.plugins.education.school.SupportResource;

/**
 * The demo's school outcomes and attendance marks: about 3 in 10 children preparing, 2 in 10
 * enrolled and 2 in 10 attending public school (with a uniform and materials given in riel), 1 in 10
 * dropped out, the rest still out of school; marks mostly present, some late, and 1 child in 20
 * absent from the last three sessions (on the follow-up list).
 */
final class DemoSchool {
  private DemoSchool() {}

  static void outcome(ModuleContext ctx, DemoRequest request, long childId, Draw d) {
    int roll = d.below(10);
    String[] path = roll < 3 ? new String[] {"PREPARING"} : roll < 5 ? new String[] {"PREPARING", "ENROLLED"}
        : roll < 7 ? new String[] {"PREPARING", "ENROLLED", "ATTENDING"} : roll < 8 ? new String[] {"DROPPED_OUT"}
        : new String[0];
    LocalDate today = LocalDate.now(ctx.clock());
    ZoneId zone = ctx.clock().getZone();
    LocalDate day = today.minusDays(90 + d.below(60));
    for (String status : path) {
      ModuleContext then = request.at(day.atTime(10, 0).atZone(zone).toInstant());
      new SchoolPathResource(then, childId).update(new SchoolUpdate(null, status.equals("PREPARING") ? null : 1 + d.below(6),
          status, day));
      if (status.equals("ENROLLED")) {
        new SupportResource(then, childId).give(new NewSupport("UNIFORM", 40_000L, day));
        new SupportResource(then, childId).give(new NewSupport("MATERIALS", 25_000L, day));
      }
      day = day.plusDays(20 + d.below(20));
    }
  }

  /** A child's mark on a day, the same at every start. */
  static String mark(long seed, long childId, LocalDate day, LocalDate today) {
    Draw d = new Draw(seed ^ childId, day.toEpochDay());
    boolean away = new Draw(seed, childId).below(20) == 0 && day.isAfter(today.minusDays(10));
    int roll = d.below(100);
    return away || roll >= 92 ? "ABSENT" : roll >= 85 ? "LATE" : "PRESENT";
  }
}
