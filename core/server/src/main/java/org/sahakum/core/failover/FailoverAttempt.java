package org.sahakum.core.failover;

/**
 * One pass of a request through the application, as {@link Replays} runs it: whether it reads
 * only, whether a module's transaction is open and not yet committed, and whether it failed on the
 * database in a way that may be replayed. Kept per thread: the pass runs on the request's thread.
 */
public final class FailoverAttempt {
  private static final ThreadLocal<FailoverAttempt> CURRENT = new ThreadLocal<>();

  private final boolean read;
  private boolean commitsLater;
  private boolean failed;
  private boolean replayable;

  private FailoverAttempt(boolean read) {
    this.read = read;
  }

  static FailoverAttempt begin(boolean read) {
    FailoverAttempt attempt = new FailoverAttempt(read);
    CURRENT.set(attempt);
    return attempt;
  }

  static void end() {
    CURRENT.remove();
  }

  /** The pass's transaction is committed after the answer is known (a module's request), not inside a call. */
  public static void commitsLater() {
    FailoverAttempt attempt = CURRENT.get();
    if (attempt != null) {
      attempt.commitsLater = true;
    }
  }

  /**
   * Notes a failure thrown while the request was handled; it came before the commit when the
   * transaction {@linkplain #commitsLater() commits later}, and may have come from the commit of a
   * transactional call otherwise.
   *
   * @return true when the failure is a fail-over's (the caller answers 503)
   */
  public static boolean note(Throwable failure) {
    FailoverAttempt attempt = CURRENT.get();
    return note(failure, attempt != null && attempt.commitsLater);
  }

  /** Notes a failure of the commit itself: a lost connection leaves its outcome unknown. */
  public static boolean noteAtCommit(Throwable failure) {
    return note(failure, false);
  }

  private static boolean note(Throwable failure, boolean beforeCommit) {
    TransientFailure kind = TransientFailure.of(failure);
    if (kind == TransientFailure.NONE) {
      return false;
    }
    FailoverAttempt attempt = CURRENT.get();
    if (attempt != null) {
      attempt.failed = true;
      attempt.replayable = kind == TransientFailure.ROLLED_BACK || attempt.read || beforeCommit;
    }
    return true;
  }

  boolean failed() {
    return failed;
  }

  boolean replayable() {
    return replayable;
  }
}
