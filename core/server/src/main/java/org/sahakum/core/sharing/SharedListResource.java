package org.sahakum.core.sharing;

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
import java.util.Map;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.modules.ModuleSharedLists;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * An organisation's shareable lists ({@code GET /api/t/{org}/shared-lists}): each with its switch
 * and the rows exactly as the network would see them; {@code PUT .../{id}} shares or withdraws.
 */
@Path("t/{tenant}/shared-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class SharedListResource {

  @Inject CurrentCaller caller;
  @Inject ModuleSharedLists lists;
  @Inject SharedListWriter writer;
  @Inject SharedListSnapshots snapshots;
  @Inject AuditLog audit;

  /** A list, whether it is shared, and its rows now (what sharing it would show, or shows from today). */
  public record SharedListView(String id, LocalizedText names, boolean published, List<ModuleSharedLists.ShownColumn> columns,
      List<Map<String, Object>> rows, Instant asOf) {}

  /** Share or withdraw. */
  public record Publication(@NotNull Boolean published) {}

  @GET
  public List<SharedListView> list(@PathParam("tenant") String slug) {
    Tenant org = organisation(slug);
    long actor = caller.requireLogin().accountId();
    Set<String> published = snapshots.published(org.getId());
    List<SharedListView> views = lists.offeredAt(org).stream()
        .map(o -> new SharedListView(o.id(), o.name(), published.contains(o.id()), o.columns(),
            lists.rows(org, o.id(), actor).orElse(List.of()), Instant.now()))
        .toList();
    audit.recordRead(org.getId(), actor, "shared-lists.listed", "tenant", slug);
    return views;
  }

  @PUT
  @Path("{id}")
  @Transactional
  public SharedListView publish(@PathParam("tenant") String slug, @PathParam("id") String id,
      @NotNull @Valid Publication body) {
    Tenant org = organisation(slug);
    ModuleSharedLists.Offered offered = lists.offeredAt(org).stream().filter(o -> o.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("No such list here (a module's lists come with the module, once it is switched on)."));
    long actor = caller.requireLogin().accountId();
    List<Map<String, Object>> rows = lists.rows(org, id, actor).orElseThrow();
    boolean changed = writer.set(org.getId(), id, body.published(), actor, rows);
    if (body.published()) {
      audit.record(org.getId(), actor, "shared-list.published", "shared-list", id);
    } else if (changed) {
      audit.record(org.getId(), actor, "shared-list.withdrawn", "shared-list", id);
    }
    return new SharedListView(offered.id(), offered.name(), body.published(), offered.columns(), rows, Instant.now());
  }

  private Tenant organisation(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "indicator:publish");
    if (tenant.getType() != TenantType.ORGANISATION) {
      throw new BadRequestException("Lists are shared by organisations, not by a " + tenant.getType().code() + ".");
    }
    return tenant;
  }
}
