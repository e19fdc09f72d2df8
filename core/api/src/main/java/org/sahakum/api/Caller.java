package org.sahakum.api;

/**
 * The authenticated account behind a request. Permission checks are evaluated in the request's
 * tenant, with the grants that reach it (a grant at an organisation covers its chapters; no grant
 * crosses an organisation's wall).
 */
public interface Caller {

  /** The account's id, stable for the account's life. */
  long accountId();

  /** Whether the caller holds {@code permission} in the request's tenant. */
  boolean isPermitted(String permission);

  /**
   * Returns normally when the caller holds {@code permission} in the request's tenant; otherwise
   * throws {@link jakarta.ws.rs.ForbiddenException}, which the core answers with 403.
   */
  void require(String permission);

  /**
   * Returns normally when the caller holds at least one of {@code permissions} in the request's
   * tenant; otherwise throws {@link jakarta.ws.rs.ForbiddenException} naming them (403).
   */
  default void requireAny(String... permissions) {
    for (String p : permissions) {
      if (isPermitted(p)) {
        return;
      }
    }
    throw new jakarta.ws.rs.ForbiddenException("This needs one of the permissions " + String.join(", ", permissions)
        + " here.");
  }
}
