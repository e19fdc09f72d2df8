package org.sahakum.core.modules;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import org.sahakum.core.failover.FailoverAnswer;
import org.sahakum.core.failover.FailoverAttempt;
import org.sahakum.core.platform.Problem;

/**
 * Ends a module request's transaction before the response is written: success statuses commit,
 * error statuses roll back, and a failed commit turns the answer into a 409 so that the client
 * never sees success for work that was not kept (a 503 when the database failed over: see
 * {@link FailoverAttempt}). Before that, a file or export answered while a
 * chapter is locked down passes the lockdown's gate (see {@link org.sahakum.api.Lockdown}), so a
 * module that forgot to ask is refused with 423 and its work rolled back. A read answered with a
 * {@link StreamingOutput} keeps its EntityManager until the request ends, so the module can read
 * the rows as it writes them.
 */
@Provider
@Dependent
public class ModuleTransactionFilter implements ContainerResponseFilter {

  @Inject ModuleRequest moduleRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    // a core request never reaches the module mount: its request-scoped ModuleRequest is not even made
    if (!reachedModuleMount(request) || !moduleRequest.isOpen()) {
      return;
    }
    if (response.getStatus() < 400 && isFile(response)) {
      try {
        moduleRequest.lockdown().ifPresent(l -> l.guard());
      } catch (ClientErrorException refused) {
        replace(response, Problem.response(refused.getResponse().getStatusInfo(), refused.getMessage()));
      }
    }
    boolean success = response.getStatus() < 400;
    if (success && response.getEntity() instanceof StreamingOutput && moduleRequest.isRead()) {
      // a read streamed after this filter (an export written as it is read): its EntityManager stays
      // open until the request ends (ModuleRequest#release), with no transaction to end here
      return;
    }
    boolean kept = moduleRequest.end(success);
    if (success && !kept && moduleRequest.commitFailure().filter(FailoverAttempt::noteAtCommit).isPresent()) {
      replace(response, FailoverAnswer.response());
    } else if (success && !kept) {
      replace(response, Problem.response(Response.Status.CONFLICT,
          "The change could not be saved (it conflicts with data already stored). Nothing was changed."));
    }
  }

  /**
   * Whether the request went through {@link ModuleMountResource}, the only place that opens a
   * {@link ModuleRequest}: JAX-RS lists the locator's instance among the matched resources.
   */
  static boolean reachedModuleMount(ContainerRequestContext request) {
    for (Object matched : request.getUriInfo().getMatchedResources()) {
      if (matched instanceof ModuleMountResource) {
        return true;
      }
    }
    return false;
  }

  /** A body that is not JSON, or one the browser is told to save: a file or an export. */
  static boolean isFile(ContainerResponseContext response) {
    if (response.getHeaders().containsKey("Content-Disposition")) {
      return true;
    }
    if (!response.hasEntity()) {
      return false;
    }
    MediaType type = response.getMediaType();
    return type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
  }

  private static void replace(ContainerResponseContext response, Response problem) {
    response.setStatus(problem.getStatus());
    response.getHeaders().remove("Content-Disposition");
    response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
    response.setEntity(problem.getEntity());
  }
}
