package org.sahakum.core.idempotency;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sahakum.core.platform.Problem;
import org.sahakum.core.platform.StrictJson;

/**
 * After a POST with a new {@code Idempotency-Key} succeeded (2xx), stores its answer. Response
 * filters run from the highest priority down, so this one runs before the module's transaction
 * ends and the answer is committed with the work, or not at all. An answer that fails to be stored
 * (the same key sent twice at the same moment) turns into 409, and the module's work rolls back.
 */
@Provider
@Priority(Priorities.USER + 1000)
@Dependent
public class IdempotentAnswerKeeper implements ContainerResponseFilter {
  private static final int MAX_BODY = 256 * 1024;

  @Inject IdempotentAnswers answers;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (!(request.getProperty(IdempotencyFilter.KEY_PROPERTY) instanceof IdempotentAnswer.Key key)
        || response.getStatus() < 200 || response.getStatus() >= 300) {
      return;
    }
    MediaType type = response.getMediaType();
    byte[] body = body(response, type);
    boolean withTheWork = transactions.getTransactionKey() != null;
    try {
      answers.store(key, new IdempotentAnswers.Stored((String) request.getProperty(IdempotencyFilter.HASH_PROPERTY),
          response.getStatus(), type == null ? null : type.toString(), response.getHeaderString("Location"), body));
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      if (!withTheWork) {
        return; // a core call's work is committed already: its answer stands, only the repeat is not kept
      }
      Response problem = Problem.response(Response.Status.CONFLICT,
          "Another request with this Idempotency-Key was handled at the same moment; this one was not kept. "
              + "Send it again to get that request's answer.");
      response.setStatus(problem.getStatus());
      response.getHeaders().remove("Location");
      response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
      response.setEntity(problem.getEntity());
    }
  }

  /**
   * The answer's body as it went out: JSON written with the application's own JSON-B (the one the
   * answers' writer uses; JAX-RS's {@code Providers} is not handed to this CDI-made filter).
   * Other bodies are not kept: a repeat then gets the status and headers only.
   */
  private static byte[] body(ContainerResponseContext response, MediaType type) {
    if (!response.hasEntity()) {
      return null;
    }
    Object entity = response.getEntity();
    byte[] bytes;
    if (entity instanceof byte[] raw) {
      bytes = raw;
    } else if (entity instanceof String text) {
      bytes = text.getBytes(StandardCharsets.UTF_8);
    } else if (type == null || "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")) {
      bytes = StrictJson.jsonb().toJson(entity, response.getEntityType()).getBytes(StandardCharsets.UTF_8);
    } else {
      return null;
    }
    return bytes.length > MAX_BODY ? null : bytes;
  }
}
