package org.sahakum.core.passwords;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sahakum.core.platform.Problem;

/** A refused password: 400 with the field and a stable code, so the app can say why beside the field. */
@Provider
public class PasswordRefusedMapper implements ExceptionMapper<PasswordRefused> {
  @Override
  public Response toResponse(PasswordRefused e) {
    return Problem.coded(Response.Status.BAD_REQUEST, e.getMessage(), e.weakness().code(), e.field());
  }
}
