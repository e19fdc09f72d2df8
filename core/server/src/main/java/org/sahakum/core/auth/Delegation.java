package org.sahakum.core.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sahakum.core.tenancy.Tenant;

/**
 * A caller hands on only what it holds at a tenant: the roles it gives an account (each role's
 * permissions there, as the realm would judge them), an admin invite (an admin holds every
 * permission, so only an admin issues one) and the permissions it puts into a role. So whoever
 * may create accounts or manage roles cannot make anyone, itself included, mightier than itself.
 */
@RequestScoped
public class Delegation {
  static final String ONLY_ADMINS = "Only an admin here may make an admin: an admin holds every permission, and you "
      + "may give only what you hold yourself.";

  @Inject CurrentCaller caller;
  @Inject RoleSettings settings;

  /** Whether the caller holds every permission {@code role} holds at {@code tenant}. */
  public boolean mayGive(Tenant tenant, String role) {
    return lacking(tenant, settings.heldAt(tenant, role)).isEmpty();
  }

  /** 403 naming what is missing unless the caller may give each of {@code roles} at {@code tenant}. */
  public void requireMayGive(Tenant tenant, Collection<String> roles) {
    if (roles.contains("admin") && !mayGive(tenant, "admin")) {
      throw new ForbiddenException(ONLY_ADMINS);
    }
    List<String> refused = new ArrayList<>();
    for (String role : roles.stream().distinct().sorted().toList()) {
      List<String> missing = lacking(tenant, settings.heldAt(tenant, role));
      if (!missing.isEmpty()) {
        refused.add(String.join(", ", missing) + " (" + role + ")");
      }
    }
    if (!refused.isEmpty()) {
      throw new ForbiddenException("You may give only roles whose permissions you hold here yourself. You lack: "
          + String.join("; ", refused) + ".");
    }
  }

  /** 403 naming what is missing unless the caller holds each of {@code permissions} at {@code tenant}. */
  public void requireHeld(Tenant tenant, Collection<String> permissions, String role) {
    List<String> missing = lacking(tenant, permissions);
    if (!missing.isEmpty()) {
      throw new ForbiddenException("You may give a role only permissions you hold here yourself. You lack: "
          + String.join(", ", missing) + " (" + role + ").");
    }
  }

  private List<String> lacking(Tenant tenant, Collection<String> permissions) {
    return permissions.stream().distinct().sorted().filter(p -> !caller.isPermitted(tenant.getId(), p)).toList();
  }
}
