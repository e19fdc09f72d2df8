package org.sahakum.plugins.education;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import org.sahakum.api.ModuleContext;

/** The checks every education call starts with, and the client errors it answers. */
public final class Access {
  private Access() {}

  /** Education is kept by the organisation (its centres may belong to chapters); at a chapter only {@code my-children}. */
  public static void requireOrganisation(ModuleContext ctx) {
    if (!"organisation".equals(ctx.tenant().type())) {
      throw new NotFoundException("Education is kept by the organisation: open it at the organisation, "
          + "not at one of its chapters.");
    }
  }

  /**
   * Whether the caller sees only the children of the classes they teach: everyone who does not
   * manage classes (a teacher), whatever else they hold.
   */
  public static boolean teacherScoped(ModuleContext ctx) {
    return !ctx.caller().isPermitted(EducationPermissions.CLASS_MANAGE);
  }

  /** A well-formed request that cannot be carried out as asked: 422 with {@code detail}. */
  public static ClientErrorException unprocessable(String detail) {
    return new ClientErrorException(detail, 422);
  }

  /** A request that clashes with what is stored: 409 with {@code detail}. */
  public static ClientErrorException conflict(String detail) {
    return new ClientErrorException(detail, 409);
  }

  /** 404 for an id that does not exist here or is out of the caller's reach, whoever owns it elsewhere. */
  public static NotFoundException notFound(String what) {
    return new NotFoundException("No such " + what + ".");
  }
}
