package org.sahakum.plugins.organising.events;

import java.time.temporal.ChronoUnit;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;

/** Making a campaign, for the API and the demo alike. */
public final class CampaignAdmin {
  private CampaignAdmin() {}

  public static Campaign create(ModuleContext ctx, NewCampaign body) {
    if (body.endsOn() != null && body.endsOn().isBefore(body.startsOn())) {
      throw Refusal.invalid("endsOn", "ends-before-start", "A campaign ends on or after the day it starts.");
    }
    Campaign c = new Campaign(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(c);
    ctx.entityManager().flush();
    ctx.audit().record("campaign.created", "campaign", String.valueOf(c.getId()));
    return c;
  }
}
