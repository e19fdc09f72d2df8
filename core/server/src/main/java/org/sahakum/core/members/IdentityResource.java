package org.sahakum.core.members;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * Reveals a member's identifying fields to a holder of {@code member:identity:read}. Each reveal
 * is written to the organisation's audit trail, with its reason, in the same transaction: no
 * reveal without its record. A holder of both {@code member:identity:read} and {@code member:write}
 * may change the fields, audited in the same way with the reason given.
 */
@Path("t/{tenant}/members/{id}/identity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class IdentityResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject RegisterAccess access;
  @Inject MemberIdentities identities;
  @Inject AuditLog audit;
  @Inject MemberEdits edits;

  /** Why the identity is needed, in the asker's words. */
  public record Reveal(
      @NotNull @Size(min = 10, max = 500, message = "say why, in 10 to 500 characters")
      @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters") String reason) {}

  @POST
  @Transactional
  public Response reveal(@PathParam("tenant") String slug, @PathParam("id") long id, @NotNull @Valid Reveal body) {
    Register register = access.require(slug, "member:identity:read");
    Member member = access.member(register, id);
    if (register.where().isLocked() || member.getChapterId() != null
        && tenants.byId(member.getChapterId()).map(Tenant::isLocked).orElse(false)) {
      throw new ClientErrorException("This member's chapter is locked down: identities cannot be revealed now.", 423);
    }
    audit.record(register.org().getId(), caller.requireLogin().accountId(), "member.identity.revealed", "member",
        String.valueOf(member.getId()), body.reason().strip());
    return Response.ok(identities.open(member)).header("Cache-Control", "no-store").build();
  }

  @PUT
  @Transactional
  public Response change(@PathParam("tenant") String slug, @PathParam("id") long id,
      @NotNull @Valid IdentityChange body) {
    Register register = access.require(slug, "member:identity:read");
    caller.require(register.where(), "member:write");
    Member member = access.member(register, id);
    edits.changeIdentity(register, member, body, caller.requireLogin().accountId());
    return Response.noContent().build();
  }
}
