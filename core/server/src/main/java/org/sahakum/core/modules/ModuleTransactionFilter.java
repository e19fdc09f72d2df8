package org.sahakum.core.modules;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.sahakum.core.platform.Problem;

/**
 * Ends a module request's transaction before the response is written: success statuses commit,
 * error statuses roll back, and a failed commit turns the answer into a 409 so that the client
 * never sees success for work that was not kept.
 */
@Provider
public class ModuleTransactionFilter implements ContainerResponseFilter {

  @Inject ModuleRequest moduleRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!moduleRequest.isOpen()) {
      return;
    }
    boolean success = response.getStatus() < 400;
    boolean kept = moduleRequest.end(success);
    if (success && !kept) {
      Response problem = Problem.response(Response.Status.CONFLICT,
          "The change could not be saved (it conflicts with data already stored). Nothing was changed.");
      response.setStatus(problem.getStatus());
      response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
      response.setEntity(problem.getEntity());
    }
  }
}
