package org.sahakum.plugins.organising.visits;

import java.time.temporal.ChronoUnit;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.organising.stock.MaterialGiven;
import org.sahakum.plugins.organising.stock.Stock;
import org.sahakum.plugins.organising.workplaces.Workplace;
import org.sahakum.plugins.organising.workplaces.WorkplaceResource;

/** Logging a visit, for the API and the demo alike: its checks, its row, the stock it takes and its audit entry. */
public final class Visits {
  private final ModuleContext ctx;

  public Visits(ModuleContext ctx) {
    this.ctx = ctx;
  }

  public Visit record(NewVisit body) {
    String place = body.place();
    if (body.workplaceId() != null) {
      Workplace w = WorkplaceResource.find(ctx, body.workplaceId());
      place = w.getPlace();
    } else if (place == null) {
      throw Refusal.unprocessable("place", "place-or-workplace", "Say where the visit was: a workplace, or a khan or province.");
    }
    if (body.reached() == 0) {
      throw Refusal.unprocessable("othersNew", "nobody-reached", "A visit reaches at least one person: count who you met.");
    }
    if (NewVisit.count(body.invitedToJoin()) > NewVisit.count(body.othersNew()) + NewVisit.count(body.othersReturning())) {
      throw Refusal.unprocessable("invitedToJoin", "more-invited-than-reached",
          "Only people who are not members yet are invited to join: no more than the not-yet-members reached.");
    }
    Visit v = new Visit(body, place, ctx.caller().accountId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(v);
    ctx.entityManager().flush();
    ctx.audit().record("visit.logged", "visit", String.valueOf(v.getId()));
    new Stock(ctx).giveOut(MaterialGiven.VISIT, v.getId(), body.visitedOn(), body.given());
    return v;
  }
}
