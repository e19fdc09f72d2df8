package org.sahakum.core.aggregates;

import jakarta.enterprise.context.Dependent;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
@Dependent
public class IndicatorResource {

  @Inject CurrentCaller caller;
  @Inject Indicators indicators;
  @Inject PublishedSnapshots snapshots;
  @Inject AuditLog audit;

  /**
   * An indicator, whether it is published, what the network would see of it now ({@code
   * asPublished}), and, once published, what it does see: the snapshot taken at publication or at
   * the first look of the month ({@code networkSees}, {@code networkSeesAsOf}); {@code cellNames}:
   * the km/en names of cell labels that are codes.
   */
  public record IndicatorView(String id, LocalizedText names, boolean published, SmallCellSuppression.Table asPublished,
      SmallCellSuppression.Table networkSees, Instant networkSeesAsOf, java.util.Map<String, LocalizedText> cellNames) {

    static IndicatorView of(Indicators.Available a, boolean published, Optional<SmallCellSuppression.Table> now,
        Optional<PublishedSnapshots.Snapshot> seen) {
      return new IndicatorView(a.id(), a.name(), published, now.orElse(null),
          seen.map(PublishedSnapshots.Snapshot::table).orElse(null),
          seen.map(PublishedSnapshots.Snapshot::takenAt).orElse(null), a.cellNames());
    }
  }

  /** Publish or withdraw. */
  public record Publication(@NotNull Boolean published) {}

  @GET
  public List<IndicatorView> list(@PathParam("tenant") String slug) {
    Tenant org = organisation(slug);
    long actor = caller.requireLogin().accountId();
    Set<String> published = indicators.published(org.getId());
    List<IndicatorView> views = indicators.at(org).stream()
        .map(a -> IndicatorView.of(a, published.contains(a.id()),
            indicators.count(org, a.id(), actor).map(SmallCellSuppression::apply),
            published.contains(a.id()) ? snapshots.current(org, a.id(), actor) : Optional.empty()))
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
    Optional<SmallCellSuppression.Table> now = indicators.count(org, id, actor).map(SmallCellSuppression::apply);
    boolean changed = indicators.setPublished(org.getId(), id, body.published(), actor);
    Optional<PublishedSnapshots.Snapshot> seen = Optional.empty();
    if (body.published()) {
      // publishing again publishes today's figures
      seen = Optional.of(snapshots.take(org.getId(), id, now.orElseThrow()));
      audit.record(org.getId(), actor, "indicator.published", "indicator", id);
    } else if (changed) {
      audit.record(org.getId(), actor, "indicator.withdrawn", "indicator", id);
    }
    return IndicatorView.of(available, body.published(), now, seen);
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
