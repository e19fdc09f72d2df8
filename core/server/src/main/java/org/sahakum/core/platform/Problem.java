package org.sahakum.core.platform;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body. {@code detail} says in plain words what was wrong; it never carries
 * personal data or secrets. Where a client must tell one refusal from another (to say why in its
 * own language, beside the right field), {@code code} is a stable name for the refusal and
 * {@code field} the body field it is about; both are left out otherwise.
 */
public record Problem(String type, String title, int status, String detail, String code, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem without a code or field. */
  public Problem(String type, String title, int status, String detail) {
    this(type, title, status, detail, null, null);
  }

  public static Response response(Response.StatusType status, String detail) {
    return coded(status, detail, null, null);
  }

  /** A problem with a stable {@code code} and, if it is about one, the body {@code field}. */
  public static Response coded(Response.StatusType status, String detail, String code, String field) {
    Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code, field);
    return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(body).build();
  }
}
