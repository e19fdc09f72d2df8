package org.sahakum.plugins.organising;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.organising.events.CampaignResource;
import org.sahakum.plugins.organising.events.EventResource;
import org.sahakum.plugins.organising.stock.StockResource;
import org.sahakum.plugins.organising.visits.VisitResource;
import org.sahakum.plugins.organising.workplaces.WorkplaceLinkResource;
import org.sahakum.plugins.organising.workplaces.WorkplaceResource;

/** The module's HTTP API for one request, mounted by the core at {@code /api/t/{tenant}/organising}. */
@Produces(MediaType.APPLICATION_JSON)
public class OrganisingResource {
  private final ModuleContext ctx;

  public OrganisingResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Path("workplaces")
  public WorkplaceResource workplaces() {
    return new WorkplaceResource(ctx);
  }

  @Path("workplace-links")
  public WorkplaceLinkResource workplaceLinks() {
    return new WorkplaceLinkResource(ctx);
  }

  @Path("visits")
  public VisitResource visits() {
    return new VisitResource(ctx);
  }

  @Path("stock")
  public StockResource stock() {
    return new StockResource(ctx);
  }

  @Path("events")
  public EventResource events() {
    return new EventResource(ctx);
  }

  @Path("campaigns")
  public CampaignResource campaigns() {
    return new CampaignResource(ctx);
  }
}
