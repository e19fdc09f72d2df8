package org.sahakum.core.passwords;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong current passwords per account on this server. A stolen token must not become a
 * way round the login throttle: after {@value #LIMIT} wrong tries the account's sessions end and
 * the next try goes through the login.
 */
@ApplicationScoped
public class WrongCurrentPasswords {
  static final int LIMIT = 5;
  private static final int MAX_ACCOUNTS = 10_000;

  private final ConcurrentHashMap<Long, Integer> wrong = new ConcurrentHashMap<>();

  /** Counts one more wrong try; true once the limit is reached (the count then starts again). */
  boolean tooMany(long accountId) {
    if (wrong.size() >= MAX_ACCOUNTS) {
      wrong.clear();
    }
    int n = wrong.merge(accountId, 1, Integer::sum);
    if (n >= LIMIT) {
      wrong.remove(accountId);
      return true;
    }
    return false;
  }

  void forget(long accountId) {
    wrong.remove(accountId);
  }
}
