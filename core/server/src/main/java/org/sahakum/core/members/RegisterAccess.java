package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenants;

/**
 * The first steps of every register call: the URL's tenant as the caller may see it, the
 * permission there, and a member of that part of the register (any other id is "no such member").
 */
@ApplicationScoped
public class RegisterAccess {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Members members;

  /** The register the URL names, once the caller holds {@code permission} there. */
  public Register require(String slug, String permission) {
    Register register = Register.of(caller.tenant(slug), tenants);
    caller.require(register.where(), permission);
    return register;
  }

  /** A member of {@code register}; 404 for erased members and for ids of any other register. */
  public Member member(Register register, long id) {
    return members.find(register.org().getId(), register.chapterId(), id)
        .orElseThrow(() -> new NotFoundException("No such member here."));
  }
}
