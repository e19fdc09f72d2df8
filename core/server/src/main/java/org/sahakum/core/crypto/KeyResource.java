package org.sahakum.core.crypto;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * An organisation's data key: which version is in use, and a rotation with its progress (after a
 * suspected leak, or as routine). Chapters share their organisation's key.
 */
@Path("t/{tenant}/keys")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class KeyResource {

  @Inject CurrentCaller caller;
  @Inject DataKeys keys;
  @Inject KeyRotation rotation;

  /** The key in use and the last rotation's progress, as stored (any node answers it). */
  public record KeyState(int version, KeyRotation.Progress rotation) {}

  @GET
  public KeyState state(@PathParam("tenant") String slug) {
    Tenant org = organisation(slug);
    return new KeyState(keys.currentVersion(org.getId()), rotation.of(org.getId()).orElse(null));
  }

  /** Starts a rotation and answers at once; follow it with GET. */
  @POST
  @Path("rotation")
  @Transactional
  public Response rotate(@PathParam("tenant") String slug) {
    Tenant org = organisation(slug);
    KeyRotation.Progress started = rotation.start(org.getId(), caller.requireLogin().accountId());
    return Response.accepted(new KeyState(started.version(), started)).build();
  }

  private Tenant organisation(String slug) {
    Tenant tenant = caller.tenant(slug);
    caller.require(tenant, "keys:rotate");
    if (tenant.getType() != TenantType.ORGANISATION) {
      throw new ClientErrorException("Keys belong to an organisation; its chapters share them.", 400);
    }
    return tenant;
  }
}
