package org.sahakum.plugins.organising.demo;

import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.organising.events.Attendances;
import org.sahakum.plugins.organising.events.CampaignAdmin;
import org.sahakum.plugins.organising.events.NewCampaign;

/** The demo's two campaigns, from WNU's plan, and members attending its events. */
final class DemoCampaigns {
  private DemoCampaigns() {}

  static void make(ModuleContext ctx) {
    LocalDate today = LocalDate.now(ctx.clock());
    CampaignAdmin.create(ctx, new NewCampaign("កែប្រែច្បាប់ស្ដីពីការបង្ក្រាបការជួញដូរមនុស្ស ឆ្នាំ២០០៨",
        "Amend the 2008 trafficking law", today.minusYears(1), null));
    CampaignAdmin.create(ctx, new NewCampaign("សេវាសុខភាពសម្រាប់អ្នកក្រីក្រ", "Healthcare for the poor",
        today.minusMonths(8), null));
  }

  static void attend(ModuleContext ctx, long eventId, List<MemberRef> members) {
    members.forEach(m -> Attendances.add(ctx, eventId, m));
  }
}
