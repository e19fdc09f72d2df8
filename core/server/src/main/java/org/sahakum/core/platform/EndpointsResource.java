package org.sahakum.core.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * Every endpoint the server answers, read from the JAX-RS runtime model rather than from source:
 * what a security review, and the isolation tests, walk. Modules' own calls sit behind their
 * mount, listed as one locator ({@code method} {@code *}). Platform operator only.
 */
@Path("platform/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class EndpointsResource {

  // a body parameter that also carries Bean Validation annotations is reported as UNKNOWN, not ENTITY
  private static final Set<Parameter.Source> READS_BODY = EnumSet.of(Parameter.Source.ENTITY, Parameter.Source.UNKNOWN);

  @Inject CurrentCaller caller;
  @Context ExtendedResourceContext runtime;

  /** One endpoint: its HTTP method ({@code *} for a sub-resource locator), its path, whether it reads a body. */
  public record Endpoint(String method, String path, boolean takesBody) {}

  @GET
  public List<Endpoint> list() {
    caller.requireLogin();
    if (!caller.isPermitted(Tenant.PLATFORM_ID, "platform:modules:read")) {
      throw new ForbiddenException("Only the platform operator lists the endpoints.");
    }
    List<Endpoint> found = new ArrayList<>();
    for (Resource root : runtime.getResourceModel().getRootResources()) {
      walk(root, "/api", found);
    }
    found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return found;
  }

  private static void walk(Resource resource, String prefix, List<Endpoint> found) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod m : resource.getResourceMethods()) {
      if (m.isExtended()) {
        continue; // Jersey's own OPTIONS and HEAD answers, not ours
      }
      boolean body = m.getInvocable().getParameters().stream().anyMatch(p -> READS_BODY.contains(p.getSource()));
      found.add(new Endpoint(m.getHttpMethod(), path, body));
    }
    if (resource.getResourceLocator() != null) {
      found.add(new Endpoint("*", path, false));
    }
    for (Resource child : resource.getChildResources()) {
      walk(child, path, found);
    }
  }

  private static String join(String prefix, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return prefix;
    }
    return prefix + "/" + path.replaceAll("^/+", "").replaceAll("/+$", "");
  }
}
