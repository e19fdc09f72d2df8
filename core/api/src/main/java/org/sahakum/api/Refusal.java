package org.sahakum.api;

import jakarta.ws.rs.ClientErrorException;

/**
 * A module's refusal of a request that a person can act on. The core answers it as problem+json
 * with the HTTP status, the plain-English {@code detail}, a stable {@code code} and the body
 * {@code field} it is about; the web app shows its own Khmer or English words for a code it knows,
 * beside that field, and the detail otherwise. Codes are lower-case words joined by hyphens
 * ({@code not-enrolled}); a module may reuse the core's ({@code unknown-member}, {@code required})
 * or coin its own. Neither detail nor field ever carries a value the person sent.
 */
public class Refusal extends ClientErrorException {

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String code;
  private final String field;

  /**
   * @param status a 4xx status
   * @param code the stable code, e.g. {@code not-enrolled}
   * @param field the body field it is about, or null
   * @param detail what is wrong, in plain English, for logs and clients that do not know the code
   */
  public Refusal(int status, String code, String field, String detail) {
    super(detail, status);
    if (status < 400 || status > 499 || code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a refusal needs a 4xx status and a code of lower-case words and hyphens");
    }
    this.code = code;
    this.field = field;
  }

  /** 422: a well-formed request naming something that is not here, or that cannot be done as asked. */
  public static Refusal unprocessable(String field, String code, String detail) {
    return new Refusal(422, code, field, detail);
  }

  /** 400: a value in the body that is not acceptable as it is. */
  public static Refusal invalid(String field, String code, String detail) {
    return new Refusal(400, code, field, detail);
  }

  /** 409: a request that clashes with where a record stands now. */
  public static Refusal conflict(String code, String detail) {
    return new Refusal(409, code, null, detail);
  }

  public String code() {
    return code;
  }

  /** The body field, or null when the refusal is about the request as a whole. */
  public String field() {
    return field;
  }
}
