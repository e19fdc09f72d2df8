package org.sahakum.core.platform;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body. {@code detail} says in plain words what was wrong; it never carries
 * personal data or secrets. Where a client must tell one refusal from another (to say why in its
 * own language, beside the right field), {@code code} is a stable name for the refusal and
 * {@code field} the body field it is about; both are left out otherwise.
 */
public record Problem(String type, String title, int status, String detail, String code, String field,
    java.util.List<Invalid> invalid) {

  /** One refused body field among several (Bean Validation): its name and stable code. */
  public record Invalid(String field, String code) {}

  public Problem(String type, String title, int status, String detail, String code, String field) {
    this(type, title, status, detail, code, field, null);
  }

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
    return of(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code, field));
  }

  /**
   * Refused body fields: the first one's code and field at the top (what a client that knows one
   * field reads), every one of them in {@code invalid}.
   */
  public static Response invalid(String detail, java.util.List<Invalid> fields) {
    Response.Status status = Response.Status.BAD_REQUEST;
    Invalid first = fields.isEmpty() ? new Invalid(null, null) : fields.get(0);
    return of(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, first.code(),
        first.field(), fields.isEmpty() ? null : java.util.List.copyOf(fields)));
  }

  private static Response of(Problem body) {
    return Response.status(body.status()).type(MEDIA_TYPE).entity(body).build();
  }
}
