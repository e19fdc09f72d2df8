package org.sahakum.core.sharing;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.modules.ModuleSharedLists;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * {@code GET /api/t/{network}/shared-by-organisations}: the lists of places the network's organisations
 * share, each as its snapshot of the day. Only organisations directly under this network; nothing of
 * one that does not share.
 */
@Path("t/{tenant}/shared-by-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class NetworkSharedListResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject ModuleSharedLists lists;
  @Inject SharedListSnapshots snapshots;
  @Inject AuditLog audit;

  /** One shared list of one organisation, as taken at {@code asOf}. */
  public record SharedRows(String id, LocalizedText names, List<ModuleSharedLists.ShownColumn> columns,
      List<Map<String, Object>> rows, Instant asOf) {}

  /** One organisation of the network and what it shares. */
  public record OrganisationLists(String organisation, LocalizedText names, List<SharedRows> lists) {}

  /** The network's view. */
  public record NetworkLists(String network, List<OrganisationLists> organisations) {}

  @GET
  public NetworkLists get(@PathParam("tenant") String slug) {
    Tenant network = caller.tenant(slug);
    caller.require(network, "network:dashboard:read");
    if (network.getType() != TenantType.NETWORK) {
      throw new BadRequestException("Shared lists are read by a network; this is a " + network.getType().code() + ".");
    }
    long actor = caller.requireLogin().accountId();
    List<OrganisationLists> out = new ArrayList<>();
    for (Tenant org : tenants.children(network.getId())) {
      if (org.getType() != TenantType.ORGANISATION) {
        continue;
      }
      Set<String> published = snapshots.published(org.getId());
      List<SharedRows> shown = new ArrayList<>();
      for (ModuleSharedLists.Offered o : lists.offeredAt(org)) {
        Optional<SharedListSnapshots.Snapshot> seen = published.contains(o.id())
            ? snapshots.current(org, o.id(), actor) : Optional.empty();
        seen.ifPresent(s -> shown.add(new SharedRows(o.id(), o.name(), o.columns(), s.rows(), s.takenAt())));
      }
      if (!shown.isEmpty()) {
        out.add(new OrganisationLists(org.getSlug(), new LocalizedText(org.getNameKm(), org.getNameEn()), shown));
      }
    }
    audit.recordRead(network.getId(), actor, "shared-lists.read", "tenant", slug);
    return new NetworkLists(slug, out);
  }
}
