package org.sahakum.core.modules;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * A module's custom-element script, for the web app to import. It holds code, never data, yet it
 * goes only to those who may use the module at this tenant ({@code modules:use}, as for the
 * module's own API) and only while the module is on here: anyone else learns nothing, not even
 * which modules a tenant uses. Everything else answers 404.
 */
@Path("t/{tenant}/modules/{module}/elements")
@Dependent
public class ModuleElementsResource {
  static final String JAVASCRIPT = "text/javascript; charset=utf-8";

  @Inject CurrentCaller caller;
  @Inject ModuleRegistry registry;
  @Inject TenantModules tenantModules;

  /**
   * The script, revalidated on every use ({@code no-cache} with a strong ETag): a browser may keep
   * its copy, but each use asks the server, which checks the caller again and answers 304 when
   * the copy is current.
   */
  @GET
  @Path("{file}")
  public Response script(@PathParam("tenant") String slug, @PathParam("module") String moduleId,
      @PathParam("file") String file, @Context Request request) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "modules:use");
    ElementScript script = registry.find(moduleId)
        .filter(m -> tenantModules.isEnabled(tenant, m.id()))
        .filter(m -> ModuleElements.SCRIPT.matcher(file).matches())
        .map(m -> m.elements().get(file))
        .orElseThrow(() -> new NotFoundException("No such element script here."));
    EntityTag tag = new EntityTag(script.etag());
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    cache.setNoTransform(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(script.content(), JAVASCRIPT);
    return answer.tag(tag).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
  }
}
