package org.sahakum.plugins.organising.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Refusals;
import org.sahakum.plugins.organising.stock.MaterialText;

/** {@code campaigns}: each with what its events add up to. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
  private final ModuleContext ctx;

  public CampaignResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of them, newest first, with how many there are in all ({@code X-Total-Count}). */
  @GET
  public Response list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(org.sahakum.api.Page.MAX_LIMIT) int limit) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    List<?> page = ctx.entityManager().createQuery("SELECT x FROM Campaign x ORDER BY x.startsOn DESC, x.id DESC", Campaign.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(this::view).toList();
    return org.sahakum.api.Page.of(page, ctx.entityManager().createQuery("SELECT COUNT(x) FROM Campaign x", Long.class)
        .getSingleResult());
  }

  @POST
  public Response create(@Valid @NotNull NewCampaign body) {
    ctx.caller().require(OrganisingPermissions.EVENT_MANAGE);
    return Response.status(201).entity(view(CampaignAdmin.create(ctx, body))).build();
  }

  @GET
  @Path("{id}")
  public CampaignView get(@PathParam("id") long id) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    Campaign c = ctx.entityManager().find(Campaign.class, id);
    if (c == null) {
      throw Refusals.notFound("campaign");
    }
    return view(c);
  }

  private CampaignView view(Campaign c) {
    List<OrgEvent> events = ctx.entityManager().createQuery("SELECT e FROM OrgEvent e WHERE e.campaignId = :c",
        OrgEvent.class).setParameter("c", c.getId()).getResultList();
    long attendance = events.stream().mapToLong(e -> e.getMembersCount() + e.getOthersCount()).sum();
    long materials = events.stream().flatMap(e -> MaterialText.decode(e.getMaterials()).values().stream())
        .mapToLong(Integer::longValue).sum();
    return new CampaignView(c.getId(), c.getNameKm(), c.getNameEn(), c.getStartsOn(), c.getEndsOn(), events.size(),
        attendance, materials);
  }
}
