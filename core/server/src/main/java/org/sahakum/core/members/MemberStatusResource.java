package org.sahakum.core.members;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sahakum.core.auth.CurrentCaller;

/** Suspends a member or takes them back. The modules hear of a suspension. */
@Path("t/{tenant}/members/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class MemberStatusResource {

  @Inject CurrentCaller caller;
  @Inject RegisterAccess access;
  @Inject MemberLifecycle lifecycle;

  /** The standing asked for. */
  public record Standing(
      @NotNull @Pattern(regexp = "active|suspended", message = "must be active or suspended") String status) {}

  @PUT
  @Transactional
  public Standing change(@PathParam("tenant") String slug, @PathParam("id") long id, @NotNull @Valid Standing body) {
    Register register = access.require(slug, "member:write");
    Member member = access.member(register, id);
    long actor = caller.requireLogin().accountId();
    if (body.status().equals(member.getStatus())) {
      return body;
    }
    if ("suspended".equals(body.status())) {
      lifecycle.suspend(register, member, actor);
    } else {
      lifecycle.reinstate(register, member, actor);
    }
    return new Standing(member.getStatus());
  }
}
