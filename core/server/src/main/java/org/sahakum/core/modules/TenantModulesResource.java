package org.sahakum.core.modules;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * The modules of one tenant. An organisation may switch on any installed module; a chapter only
 * those its organisation has on, and a module its organisation switches off is off there at once
 * ({@link TenantModules}).
 */
@Path("t/{tenant}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class TenantModulesResource {

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;
  @Inject Tenants tenants;
  @Inject AuditLog audit;

  /**
   * A module as one tenant sees it; {@code ui} only while it is on. {@code levels}: the tenant levels where
   * some screen of it works ({@link UiPlaces}), so that a chapter is not offered a module kept at the organisation.
   */
  public record TenantModuleView(String id, String version, LocalizedText names, boolean enabled, List<String> levels,
      JsonObject ui) {}

  /** The body of a switch. */
  public record Switch(@NotNull Boolean enabled) {}

  /**
   * Every installed module, with the UI definitions of those on here (over 100 KB of JSON): kept by
   * the browser and revalidated at every use ({@code private, no-cache} and an ETag), so a login or
   * a return to this tenant costs a 304 until a module changes. The caller is checked first: a
   * foreign tenant gets its 404 whatever it sends.
   */
  @GET
  public Response list(@PathParam("tenant") String slug, @Context Request request) {
    Tenant tenant = caller.tenant(slug);
    List<String> on = tenantModules.enabledIds(tenant);
    List<LoadedModule> installed = List.copyOf(registry.all());
    EntityTag tag = new EntityTag(ModuleListTag.of(installed, on));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged
        : Response.ok(installed.stream().map(m -> view(m, on.contains(m.id()))).toList());
    return answer.tag(tag).cacheControl(cache).build();
  }

  @PUT
  @Path("{module}")
  @Transactional
  public TenantModuleView set(@PathParam("tenant") String slug, @PathParam("module") String moduleId,
      @NotNull @Valid Switch body) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "tenant:modules:manage");
    LoadedModule module = registry.find(moduleId).orElseThrow(() -> new NotFoundException("No such module is installed."));
    if (!tenant.getType().holdsPersonalData()) {
      throw new ClientErrorException("Modules are switched on for organisations and chapters, not for a "
          + tenant.getType().code() + ".", 400);
    }
    if (body.enabled() && tenant.getType() == TenantType.CHAPTER
        && !tenants.byId(tenant.getParentId()).map(org -> tenantModules.isEnabled(org, moduleId)).orElse(false)) {
      throw new ClientErrorException("The organisation has not switched this module on; a chapter can only use "
          + "modules its organisation allows.", 409);
    }
    if (body.enabled() && tenant.getType() == TenantType.CHAPTER && !levels(module).contains("chapter")) {
      throw new ClientErrorException("This module is kept at the organisation: none of its screens works at a chapter, "
          + "so it is used at the organisation.", 409);
    }
    tenantModules.set(tenant.getId(), moduleId, body.enabled());
    audit.record(tenant.getId(), caller.requireLogin().accountId(),
        body.enabled() ? "module.enabled" : "module.disabled", "module", moduleId);
    return view(module, body.enabled());
  }

  private static TenantModuleView view(LoadedModule m, boolean on) {
    return new TenantModuleView(m.id(), m.version(), m.module().name(), on, levels(m), on ? m.ui() : null);
  }

  private static List<String> levels(LoadedModule m) {
    return UiPlaces.levelsOf(m.ui()).stream().sorted(Comparator.reverseOrder()).toList();
  }
}
