package org.sahakum.core.registration;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.members.Register;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** A chapter's (or organisation's) invites: create one (its code is shown once), list, withdraw. */
@Path("t/{tenant}/invites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class InviteResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Invites invites;
  @Inject AuditLog audit;

  @Context UriInfo uri;
  @Context jakarta.servlet.http.HttpServletRequest http;

  /** Optional limits; by default an invite lasts 7 days and serves 50 registrations. */
  public record NewInvite(@Min(1) @Max(1000) Integer maxUses, @Min(1) @Max(24 * 90) Integer expiresInHours) {}

  /** A new invite: the code and a link ready to print as a QR code. The code is never shown again. */
  public record IssuedInvite(long id, String code, String url, Instant expiresAt, int maxUses) {}

  @POST
  @Transactional
  public Response create(@PathParam("tenant") String slug, @Valid NewInvite body) {
    Tenant tenant = open(tenant(slug));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int maxUses = body == null || body.maxUses() == null ? 50 : body.maxUses();
    int hours = body == null || body.expiresInHours() == null ? 24 * 7 : body.expiresInHours();
    Instant expires = now.plus(Duration.ofHours(hours));
    long actor = caller.requireLogin().accountId();
    String code = invites.create(tenant.getId(), expires, maxUses, actor, now);
    Invite created = invites.of(tenant.getId()).get(0);
    audit.record(tenant.getId(), actor, "invite.created", "invite", String.valueOf(created.getId()));
    // the code travels in the fragment, which browsers never send to a server or put in its logs
    // behind a trusted TLS proxy the link is https, as the invitee will reach it
    String scheme = org.sahakum.core.edge.ClientOrigin.of(http).secure() ? "https" : uri.getBaseUri().getScheme();
    String url = uri.getBaseUriBuilder().scheme(scheme).replacePath("/").fragment("/join/" + tenant.getSlug() + "/" + code)
        .build().toString();
    return Response.status(201).entity(new IssuedInvite(created.getId(), code, url, expires, maxUses)).build();
  }

  @GET
  public List<Invite.InviteView> list(@PathParam("tenant") String slug) {
    return invites.of(open(tenant(slug)).getId()).stream().map(Invite::view).toList();
  }

  @DELETE
  @Path("{id}")
  @Transactional
  public Invite.InviteView withdraw(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Tenant tenant = tenant(slug);
    Invite invite = invites.find(tenant.getId(), id).orElseThrow(() -> new NotFoundException("No such invite here."));
    invite.revoke();
    audit.record(tenant.getId(), caller.requireLogin().accountId(), "invite.withdrawn", "invite", String.valueOf(id));
    return invite.view();
  }

  /**
   * A locked-down chapter takes no new members and shows no invites (a seized phone may have
   * opened them); withdrawing one stays possible.
   */
  private static Tenant open(Tenant tenant) {
    if (tenant.isLocked()) {
      throw new ClientErrorException("The chapter " + tenant.getSlug() + " is locked down: invites cannot be made or "
          + "listed there until the lockdown is lifted.", 423);
    }
    return tenant;
  }

  private Tenant tenant(String slug) {
    Tenant tenant = caller.tenant(slug);
    Register.of(tenant, tenants);
    caller.require(tenant, "invite:manage");
    return tenant;
  }
}
