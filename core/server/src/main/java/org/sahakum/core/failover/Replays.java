package org.sahakum.core.failover;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Runs an API request and, when its pass failed over in a way that kept nothing (see
 * {@link FailoverAttempt}), runs it again whole, at most {@value #PASSES} times with a short pause
 * while HAProxy moves to the next database node. The request's body is kept to be read again, and
 * the answer is held back until it is final, up to {@value #HELD_BYTES} bytes; a longer answer
 * (an export) is sent as it comes and cannot be replayed. What is not replayed is answered 503
 * with {@code Retry-After}.
 */
public final class Replays {
  static final int PASSES = 3;
  static final int HELD_BYTES = 256 * 1024;
  static final int KEPT_BODY_BYTES = 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(Replays.class.getName());

  private Replays() {}

  public static void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    KeptBody body = KeptBody.read(request, KEPT_BODY_BYTES);
    HeldResponse held = new HeldResponse(response, HELD_BYTES);
    for (int pass = 1; ; pass++) {
      FailoverAttempt attempt = FailoverAttempt.begin(read);
      try {
        chain.doFilter(body.request(), held);
      } finally {
        FailoverAttempt.end();
      }
      if (attempt.failed() && attempt.replayable() && body.replayable() && !held.isCommitted() && pass < PASSES) {
        LOG.info("A request failed over on the database and is replayed (pass " + (pass + 1) + ")");
        held.discard();
        pause(pass);
        continue;
      }
      if (attempt.failed() && !held.isCommitted()) {
        held.setHeader("Retry-After", FailoverAnswer.RETRY_AFTER);
      }
      held.release();
      return;
    }
  }

  private static void pause(int pass) {
    try {
      Thread.sleep(500L * pass);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
