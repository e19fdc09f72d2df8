package org.sahakum.core.aggregates;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * An organisation's indicators: which it publishes to its network, each with the table exactly as
 * the network would see it (small cells suppressed).
 */
@Path("t/{tenant}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject CurrentCaller caller;
  @Inject Indicators indicators;
  @Inject AuditLog audit;

  /** An indicator, whether it is published, and what the network sees (or would see) of it. */
  public record IndicatorView(String id, LocalizedText names, boolean published, SmallCellSuppression.Table asPublished) {}

  /** Publish or withdraw. */
  public record Publication(@NotNull Boolean published) {}

  @GET
  public List<IndicatorView> list(@PathParam("tenant") String slug) {
    Tenant org = organisation(slug);
    long actor = caller.requireLogin().accountId();
    Set<String> published = indicators.published(org.getId());
    List<IndicatorView> views = indicators.at(org).stream()
        .map(a -> new IndicatorView(a.id(), a.name(), published.contains(a.id()),
            indicators.count(org, a.id(), actor).map(SmallCellSuppression::apply).orElse(null)))
        .toList();
    audit.recordRead(org.getId(), actor, "indicators.listed", "tenant", slug);
    return views;
  }

  @PUT
  @Path("{id}")
  @Transactional
  public IndicatorView publish(@PathParam("tenant") String slug, @PathParam("id") String id,
      @NotNull @Valid Publication body) {
    Tenant org = organisation(slug);
    Indicators.Available available = indicators.at(org).stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("No such indicator here (a module's indicators come with the module)."));
    long actor = caller.requireLogin().accountId();
    if (indicators.setPublished(org.getId(), id, body.published(), actor)) {
      audit.record(org.getId(), actor, body.published() ? "indicator.published" : "indicator.withdrawn", "indicator", id);
    }
    return new IndicatorView(id, available.name(), body.published(),
        indicators.count(org, id, actor).map(SmallCellSuppression::apply).orElse(null));
  }

  private Tenant organisation(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "indicator:publish");
    if (tenant.getType() != TenantType.ORGANISATION) {
      throw new BadRequestException("Indicators are published by organisations, not by a " + tenant.getType().code() + ".");
    }
    return tenant;
  }
}
