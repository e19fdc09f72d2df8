package org.sahakum.core.members;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.auth.CurrentCaller;

/**
 * Erases a member on their request: the identity, the login and, through each module, every row
 * about them. There is no undo, and no body: the request itself is the decision.
 */
@Path("t/{tenant}/members/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class MemberErasureResource {

  @Inject CurrentCaller caller;
  @Inject RegisterAccess access;
  @Inject MemberLifecycle lifecycle;

  @POST
  @Transactional
  public Response erase(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Register register = access.require(slug, "member:erase");
    Member member = access.member(register, id);
    lifecycle.erase(register, member, caller.requireLogin().accountId());
    return Response.noContent().build();
  }
}
