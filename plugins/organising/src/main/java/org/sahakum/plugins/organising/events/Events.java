package org.sahakum.plugins.organising.events;

import java.time.temporal.ChronoUnit;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.organising.Refusals;
import org.sahakum.plugins.organising.stock.MaterialGiven;
import org.sahakum.plugins.organising.stock.Stock;

/** Recording an event, for the API and the demo alike. */
public final class Events {
  private final ModuleContext ctx;

  public Events(ModuleContext ctx) {
    this.ctx = ctx;
  }

  public OrgEvent record(NewEvent body) {
    if (body.campaignId() != null && ctx.entityManager().find(Campaign.class, body.campaignId()) == null) {
      throw Refusal.unprocessable("campaignId", "unknown-campaign", "No campaign here has that id.");
    }
    OrgEvent e = new OrgEvent(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(e);
    ctx.entityManager().flush();
    ctx.audit().record("event.recorded", "event", String.valueOf(e.getId()));
    new Stock(ctx).giveOut(MaterialGiven.EVENT, e.getId(), body.heldOn(), body.given());
    return e;
  }

  static OrgEvent find(ModuleContext ctx, long id) {
    OrgEvent e = ctx.entityManager().find(OrgEvent.class, id);
    if (e == null) {
      throw Refusals.notFound("event");
    }
    return e;
  }
}
