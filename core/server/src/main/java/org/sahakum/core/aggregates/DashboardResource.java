package org.sahakum.core.aggregates;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code GET /api/t/{network}/dashboard}: what the network's organisations publish, each table with
 * its small cells suppressed, as it stood when its snapshot was taken ({@link PublishedSnapshots}).
 * Counts are taken by the core at each organisation; no row of theirs reaches the network.
 */
@Path("t/{tenant}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class DashboardResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Indicators indicators;
  @Inject PublishedSnapshots snapshots;
  @Inject AuditLog audit;

  /**
   * One published indicator of one organisation, as it stood at {@code asOf}; {@code cellNames}:
   * the km/en names of cell labels that are codes (a chapter, a category).
   */
  public record PublishedIndicator(String id, LocalizedText names, List<SmallCellSuppression.Cell> cells, Long total,
      Instant asOf, java.util.Map<String, LocalizedText> cellNames) {}

  /** One organisation of the network and what it publishes. */
  public record OrganisationIndicators(String organisation, LocalizedText names, List<PublishedIndicator> indicators) {}

  /** The network's dashboard; {@code minimumCount}: cells under it are never shown. */
  public record Dashboard(String network, int minimumCount, List<OrganisationIndicators> organisations) {}

  @GET
  public Dashboard get(@PathParam("tenant") String slug) {
    Tenant network = caller.tenant(slug);
    caller.require(network, "network:dashboard:read");
    if (network.getType() != TenantType.NETWORK) {
      throw new BadRequestException("A dashboard belongs to a network; this is a " + network.getType().code() + ".");
    }
    long actor = caller.requireLogin().accountId();
    List<OrganisationIndicators> out = new ArrayList<>();
    for (Tenant org : tenants.children(network.getId())) {
      if (org.getType() != TenantType.ORGANISATION) {
        continue;
      }
      Set<String> published = indicators.published(org.getId());
      List<PublishedIndicator> shown = new ArrayList<>();
      for (Indicators.Available a : indicators.at(org)) {
        Optional<PublishedSnapshots.Snapshot> seen = published.contains(a.id())
            ? snapshots.current(org, a.id(), actor) : Optional.empty();
        seen.ifPresent(s -> shown.add(new PublishedIndicator(a.id(), a.name(), s.table().cells(), s.table().total(),
            s.takenAt(), a.cellNames())));
      }
      out.add(new OrganisationIndicators(org.getSlug(), new LocalizedText(org.getNameKm(), org.getNameEn()), shown));
    }
    audit.recordRead(network.getId(), actor, "dashboard.read", "tenant", slug);
    return new Dashboard(slug, SmallCellSuppression.MIN, out);
  }
}
