package org.sahakum.core.members;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenants;

/**
 * Erases a member on their request: the identity, the login and, through each module, every row
 * about them. There is no undo, and no body: the request itself is the decision.
 */
@Path("t/{tenant}/members/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
public class MemberErasureResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Members members;
  @Inject MemberLifecycle lifecycle;

  @POST
  @Transactional
  public Response erase(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Register register = Register.of(caller.tenant(slug), tenants);
    caller.require(register.where(), "member:erase");
    Member member = members.find(register.org().getId(), register.chapterId(), id)
        .orElseThrow(() -> new NotFoundException("No such member here."));
    lifecycle.erase(register, member, caller.requireLogin().accountId());
    return Response.noContent().build();
  }
}
