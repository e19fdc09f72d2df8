package org.sahakum.core.platform;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import org.sahakum.core.failover.FailoverAnswer;
import org.glassfish.jersey.server.ParamException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns every failure into a problem-details answer; the mapping is the only place that does. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** Errors a resource threw on purpose keep their status; their message is the detail. */
  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      String detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
      if (isJsonCause(e)) {
        detail = "The request body is not valid JSON for this call.";
      }
      if (e instanceof ParamException.QueryParamException q) {
        // JAX-RS answers a query parameter it cannot convert with 404; it is the caller's input
        status = Response.Status.BAD_REQUEST;
        detail = "The query parameter '" + q.getParameterName() + "' is not valid here.";
      }
      Response problem = Problem.response(status, detail);
      e.getResponse().getHeaders().forEach((name, values) -> {
        if (!"Content-Type".equalsIgnoreCase(name)) {
          values.forEach(v -> problem.getHeaders().add(name, v));
        }
      });
      return problem;
    }

    private static boolean isJsonCause(Throwable e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
          return true;
        }
      }
      return false;
    }
  }

  /** Bean Validation failures: which fields, a stable code for each, and what is wrong with them. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      java.util.List<ConstraintViolation<?>> sorted = e.getConstraintViolations().stream()
          .sorted(java.util.Comparator.comparing(Validation::fieldOf).thenComparing(ConstraintViolation::getMessage))
          .toList();
      String detail = sorted.stream().map(v -> fieldOf(v) + ": " + v.getMessage()).collect(Collectors.joining("; "));
      java.util.List<Problem.Invalid> fields = sorted.stream()
          .map(v -> new Problem.Invalid(fieldOf(v), ValidationCodes.of(v)))
          .distinct()
          .toList();
      return Problem.invalid(detail, fields);
    }

    static String fieldOf(ConstraintViolation<?> v) {
      String path = v.getPropertyPath().toString();
      int dot = path.lastIndexOf('.');
      return dot < 0 ? path : path.substring(dot + 1);
    }
  }

  /** A module's refusal a person can act on: its status, detail, code and field. */
  @Provider
  public static class Refused implements ExceptionMapper<org.sahakum.api.Refusal> {
    @Override
    public Response toResponse(org.sahakum.api.Refusal e) {
      return Problem.coded(e.getResponse().getStatusInfo(), e.getMessage(), e.code(), e.field());
    }
  }

  /** A body that cannot be read as the expected JSON. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this call"
          + fieldOf(e) + ".");
    }
  }

  /** Processing errors are mostly unreadable bodies. */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this call.");
    }
  }

  /**
   * The database refused a write that breaks one of its rules (a required value missing, a
   * unique value taken, a check failed): the caller's data, not the server, is at fault.
   */
  @Provider
  public static class ConstraintBroken implements ExceptionMapper<jakarta.persistence.PersistenceException> {
    @Override
    public Response toResponse(jakarta.persistence.PersistenceException e) {
      Optional<Response> failedOver = FailoverAnswer.of(e);
      if (failedOver.isPresent()) {
        return failedOver.get();
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
          return Problem.response(Response.Status.CONFLICT,
              "The data breaks a rule of the register: a required value is missing, a value is already taken, "
                  + "or a value is not allowed. Nothing was changed.");
        }
      }
      return new Unexpected().toResponse(e);
    }
  }

  /** Definition files with problems: every problem on its own line, with file, line and field. */
  @Provider
  public static class DefinitionsRefused
      implements ExceptionMapper<org.sahakum.core.definitions.DefinitionsRefused> {
    @Override
    public Response toResponse(org.sahakum.core.definitions.DefinitionsRefused e) {
      return Problem.response(Response.Status.BAD_REQUEST, "Nothing was changed.\n"
          + e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
  }

  /** Anything else is our fault: log it under an incident id and say no more to the caller. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      Optional<Response> failedOver = FailoverAnswer.of(e);
      if (failedOver.isPresent()) {
        return failedOver.get();
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
      return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on the server. Incident " + incident + ".");
    }
  }

  private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?([A-Za-z0-9_]{1,64})'?");

  /** The field JSON-B names in its message, if any; never the value, which may be personal. */
  static String fieldOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      java.util.regex.Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (m != null && m.find()) {
        return " (field " + m.group(1) + ")";
      }
    }
    return "";
  }
}
