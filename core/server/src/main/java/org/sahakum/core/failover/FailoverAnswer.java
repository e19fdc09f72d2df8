package org.sahakum.core.failover;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.sahakum.core.platform.Problem;

/** The answer to a request whose database failed over and that is not (or no more) replayed. */
public final class FailoverAnswer {
  /** Seconds a client waits before trying again: HAProxy moves the writes within about two. */
  public static final String RETRY_AFTER = "3";

  private FailoverAnswer() {}

  /** 503 with Retry-After when {@code failure} is a fail-over's, noted for {@link Replays}. */
  public static Optional<Response> of(Throwable failure) {
    if (!FailoverAttempt.note(failure)) {
      return Optional.empty();
    }
    return Optional.of(response());
  }

  public static Response response() {
    Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE,
        "The database is moving to another node. Try again in a few seconds; with an Idempotency-Key "
            + "a repeated request is kept once.");
    return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER).build();
  }
}
