package org.sahakum.plugins.education.retention;

import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.DailyJob;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.ChildRemoval;

/**
 * The retention rule: a child's record with no activity (a registration, an update, an attendance
 * mark, a school change) for the organisation's period is anonymised: the name, the guardians and
 * every row about the child go; support given and school status changes stay as counts. Run once a
 * day at each organisation by the core ({@link DailyJob}), and on request.
 */
public final class Retention implements DailyJob {
  /** The period when the organisation has set none. */
  public static final int DEFAULT_MONTHS = 24;
  /** The most records one run anonymises; the next day's run goes on. */
  static final int BATCH = 500;

  @Override
  public String id() {
    return "retention";
  }

  @Override
  public void run(ModuleContext context) {
    apply(context, LocalDate.now(context.clock()));
  }

  /** Applies the rule as of {@code today}. */
  public static RetentionRun apply(ModuleContext ctx, LocalDate today) {
    LocalDate cutoff = today.minusMonths(months(ctx));
    List<Child> stale = ctx.entityManager().createQuery("SELECT c FROM Child c WHERE c.lastActivityOn < :cutoff "
        + "ORDER BY c.id", Child.class).setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList();
    for (Child c : stale) {
      ChildRemoval.erase(ctx, c);
    }
    if (!stale.isEmpty()) {
      // how many, never whom
      ctx.audit().record("retention.anonymised", "children", String.valueOf(stale.size()));
    }
    return new RetentionRun(stale.size());
  }

  static int months(ModuleContext ctx) {
    return setting(ctx).map(RetentionSetting::getRetentionMonths).orElse(DEFAULT_MONTHS);
  }

  static java.util.Optional<RetentionSetting> setting(ModuleContext ctx) {
    return ctx.entityManager().createQuery("SELECT s FROM RetentionSetting s", RetentionSetting.class).getResultList()
        .stream().findFirst();
  }
}
