package org.sahakum.plugins.uniondues;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import org.sahakum.api.ModuleContext;

/** The checks every union-dues call starts with. */
public final class Access {
  private Access() {}

  /**
   * Dues are kept by the organisation, where receipt numbers run in one sequence; at a chapter
   * only a member's own standing is answered.
   */
  public static void requireOrganisation(ModuleContext ctx) {
    if (!"organisation".equals(ctx.tenant().type())) {
      throw new NotFoundException("Union dues are kept by the organisation: open them at the organisation, "
          + "not at one of its chapters.");
    }
  }

  /** A well-formed request that cannot be carried out as asked: 422 with {@code detail}. */
  public static ClientErrorException unprocessable(String detail) {
    return new ClientErrorException(detail, 422);
  }

  /** A request that clashes with what is stored: 409 with {@code detail}. */
  public static ClientErrorException conflict(String detail) {
    return new ClientErrorException(detail, 409);
  }
}
