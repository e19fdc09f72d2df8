package org.sahakum.core.idempotency;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.api.Refusal;
import org.sahakum.core.platform.Problem;
import org.sahakum.core.platform.ProblemMappers;

/**
 * Before a POST with an {@code Idempotency-Key} runs: a repeat of a request answered within 24
 * hours gets the stored answer (header {@code Idempotent-Replayed: true}), the same key with
 * another method, path or body is refused 422, and a new one goes on with its key noted for
 * {@link IdempotentAnswerKeeper}. Runs after the caller is known: keys are per tenant and account.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 50)
@Dependent
public class IdempotencyFilter implements ContainerRequestFilter {
  static final String HEADER = "Idempotency-Key";
  static final String KEY_PROPERTY = "sahakum.idempotency.key";
  static final String HASH_PROPERTY = "sahakum.idempotency.hash";
  static final String REPLAYED_PROPERTY = "sahakum.idempotency.replayed";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
  private static final Pattern TENANT_PATH = Pattern.compile("^/?t/([^/]{1,100})(/.*)?$");

  @Inject CurrentCaller caller;
  @Inject IdempotentAnswers answers;
  @PersistenceContext(unitName = "sahakum-core") EntityManager em;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod()) || caller.principal().isEmpty()) {
      return;
    }
    if (!WELL_FORMED.matcher(key).matches()) {
      request.abortWith(Problem.coded(Response.Status.BAD_REQUEST,
          "The Idempotency-Key must be 8 to 100 letters, digits or _ . : - (a UUID fits).", "pattern", HEADER));
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String path = request.getUriInfo().getPath();
    IdempotentAnswer.Key scoped = new IdempotentAnswer.Key(tenantOf(path), caller.principal().get().accountId(), key);
    String hash = hash(path, body);
    var stored = answers.find(scoped);
    if (stored.isEmpty()) {
      request.setProperty(KEY_PROPERTY, scoped);
      request.setProperty(HASH_PROPERTY, hash);
      return;
    }
    if (!stored.get().requestHash().equals(hash)) {
      request.abortWith(new ProblemMappers.Refused().toResponse(Refusal.unprocessable(HEADER, "idempotency-key-reused",
          "This Idempotency-Key was used for another request in the last 24 hours; use a new key for a new request.")));
      return;
    }
    request.setProperty(REPLAYED_PROPERTY, Boolean.TRUE);
    request.abortWith(replay(stored.get()));
  }

  private static Response replay(IdempotentAnswers.Stored stored) {
    Response.ResponseBuilder r = Response.status(stored.status()).header("Idempotent-Replayed", "true");
    if (stored.body() != null) {
      r.entity(stored.body()).type(stored.contentType());
    }
    if (stored.location() != null) {
      r.header("Location", stored.location());
    }
    return r.build();
  }

  /** The tenant of a path {@code t/{slug}/...}, 0 elsewhere (and for a slug that is not one: it will 404). */
  private long tenantOf(String path) {
    var m = TENANT_PATH.matcher(path);
    if (!m.matches()) {
      return 0;
    }
    return em.createQuery("SELECT t.id FROM Tenant t WHERE t.slug = :s", Long.class).setParameter("s", m.group(1))
        .getResultList().stream().findFirst().orElse(0L);
  }

  static String hash(String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
