package org.sahakum.core.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.modules.TenantModules;

/** Creating tenants and reading one with its children and enabled modules. */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class TenantResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject AuditLog audit;
  @Inject TenantModules modules;
  @Inject TenantCreation creation;

  /** Names in both languages; no control characters. */
  public record Names(
      @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters") String km,
      @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters") String en) {}

  /** A new tenant under {@code parent}. */
  public record NewTenant(
      @NotNull @Size(min = 2, max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
          message = "use lower-case letters and digits, with single '-' between words") String slug,
      @NotNull @Pattern(regexp = "network|organisation|chapter", message = "must be network, organisation or chapter") String type,
      @NotNull @Size(max = 63) String parent,
      @NotNull @Valid Names names) {}

  /**
   * A tenant as answered: {@code children} are the slugs below it, {@code childNames} the same
   * children with the names a person reads.
   */
  public record TenantView(String slug, String type, String status, String parent, LocalizedText names,
      List<String> children, List<String> modules, List<ChildName> childNames) {}

  /** A child tenant's slug and names. */
  public record ChildName(String slug, LocalizedText names) {}

  @POST
  @Transactional
  public Response create(@NotNull @Valid NewTenant body) {
    caller.requireLogin();
    Tenant parent = caller.tenant(body.parent());
    caller.require(parent, "tenant:create");
    TenantType type = TenantType.fromCode(body.type()).orElseThrow();
    if (!type.mayLiveUnder(parent.getType())) {
      throw new ClientErrorException("A " + type.code() + " cannot be created under a " + parent.getType().code() + ".", 400);
    }
    if (tenants.bySlug(body.slug()).isPresent()) {
      throw new ClientErrorException("The slug '" + body.slug() + "' is taken.", 409);
    }
    Tenant tenant = creation.create(parent, body.slug(), type, body.names().km(), body.names().en(), null,
        caller.requireLogin().accountId());
    return Response.status(201).entity(view(tenant)).build();
  }

  @GET
  @Path("{slug}")
  public TenantView get(@PathParam("slug") String slug) {
    Tenant tenant = caller.tenant(slug);
    return view(tenant);
  }

  /**
   * The tenant and every tenant below it that this caller may read, each as {@link #get} answers
   * it, parents before their children: the whole tree of a network or an organisation in one call
   * instead of one per node. Each node is checked as {@link #get} checks it.
   */
  @GET
  @Path("{slug}/subtree")
  public List<TenantView> subtree(@PathParam("slug") String slug) {
    Tenant root = caller.tenant(slug);
    List<Tenant> all = tenants.subtree(root);
    Map<Long, String> slugs = new HashMap<>();
    Map<Long, List<Tenant>> children = new HashMap<>();
    for (Tenant t : all) {
      slugs.put(t.getId(), t.getSlug());
      if (t != root) {
        children.computeIfAbsent(t.getParentId(), k -> new ArrayList<>()).add(t);
      }
    }
    String rootParent = root.getParentId() == null ? null : tenants.byId(root.getParentId()).map(Tenant::getSlug).orElse(null);
    return all.stream()
        .filter(t -> t == root || caller.isPermitted(t.getId(), "tenant:read"))
        .map(t -> {
          List<Tenant> below = children.getOrDefault(t.getId(), List.of());
          return new TenantView(t.getSlug(), t.getType().code(), t.getStatus(), t == root ? rootParent : slugs.get(t.getParentId()),
              new LocalizedText(t.getNameKm(), t.getNameEn()), below.stream().map(Tenant::getSlug).toList(),
              modules.enabledIds(t), childNames(below));
        })
        .toList();
  }

  /** New names for a tenant. */
  public record Rename(@NotNull @Valid Names names) {}

  /** Renames a tenant: its own admins (an organisation's also rename its chapters). Slugs never change. */
  @PATCH
  @Path("{slug}")
  @Transactional
  public TenantView rename(@PathParam("slug") String slug, @NotNull @Valid Rename body) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "tenant:manage");
    tenants.lockForChange(tenant).rename(body.names().km().strip(), body.names().en().strip());
    long actor = caller.requireLogin().accountId();
    audit.record(tenant.getId(), actor, "tenant.renamed", "tenant", slug);
    return view(tenants.byId(tenant.getId()).orElseThrow());
  }

  private TenantView view(Tenant t) {
    String parent = t.getParentId() == null ? null : tenants.byId(t.getParentId()).map(Tenant::getSlug).orElse(null);
    List<Tenant> below = tenants.children(t.getId());
    return new TenantView(t.getSlug(), t.getType().code(), t.getStatus(), parent,
        new LocalizedText(t.getNameKm(), t.getNameEn()), below.stream().map(Tenant::getSlug).toList(),
        modules.enabledIds(t), childNames(below));
  }

  private static List<ChildName> childNames(List<Tenant> below) {
    return below.stream().map(c -> new ChildName(c.getSlug(), new LocalizedText(c.getNameKm(), c.getNameEn()))).toList();
  }
}
