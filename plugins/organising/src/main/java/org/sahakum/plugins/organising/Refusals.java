package org.sahakum.plugins.organising;

import jakarta.ws.rs.NotFoundException;

/** The 404 the module answers for an id it does not hold here, whoever owns it elsewhere. */
public final class Refusals {
  private Refusals() {}

  public static NotFoundException notFound(String what) {
    return new NotFoundException("No such " + what + ".");
  }
}
