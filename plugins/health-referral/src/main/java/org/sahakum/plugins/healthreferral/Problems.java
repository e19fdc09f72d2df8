package org.sahakum.plugins.healthreferral;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

/** The client errors health referral answers, each with a {@code detail} a health worker can act on. */
public final class Problems {
  private Problems() {}

  /** A request that clashes with where a record stands now: 409. */
  public static ClientErrorException conflict(String detail) {
    return new ClientErrorException(detail, 409);
  }

  /** A well-formed request that names something this organisation does not hold: 422. */
  public static ClientErrorException unprocessable(String detail) {
    return new ClientErrorException(detail, 422);
  }

  /** 404 for an id that does not exist here, whoever owns it elsewhere. */
  public static NotFoundException notFound(String what) {
    return new NotFoundException("No such " + what + ".");
  }
}
