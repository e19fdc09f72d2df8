package org.sahakum.core.platform;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body. {@code detail} says in plain words what was wrong; it never carries
 * personal data or secrets.
 */
public record Problem(String type, String title, int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(Response.StatusType status, String detail) {
    Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(body).build();
  }
}
