package org.sahakum.api;

import java.time.Instant;
import java.util.List;

/**
 * What the core tells a module's {@link DemoData}, and the calls it offers while seeding.
 * Valid only during {@link DemoData#seed}.
 */
public interface DemoRequest {

  /** The largest page {@link #members(int, int)} answers. */
  int MAX_PAGE = 500;

  /**
   * The number of demo members the organisation's register is to hold ({@code SAHAKUM_DEMO_MEMBERS}).
   * Modules scale from it, and say their ratio in their README.
   */
  int scale();

  /**
   * The organisation's members in register order (oldest first), from the {@code offset}-th, at most
   * {@code limit} ({@link #MAX_PAGE} at most). The n-th member stays the n-th, so a module may
   * derive what it makes for a member from the member's position and {@link #seed()}.
   */
  List<MemberRef> members(int offset, int limit);

  /**
   * The seed of the run. Derive each record's randomness from it and the record's number (not
   * from one shared generator), so a top-up makes the same records as a fresh run at that scale.
   */
  long seed();

  /**
   * The same context as the one {@link DemoData#seed} got (same EntityManager, transaction and
   * caller), but whose {@link ModuleContext#clock() clock} stands still at {@code instant}, in the
   * operator's zone: for back-dating records that services stamp with "now" (a payment made last
   * year, a case opened in 2024).
   */
  ModuleContext at(Instant instant);

  /**
   * Commits what was written so far, clears the EntityManager and begins the next transaction. Call
   * it every few hundred records, between two complete records, so memory stays bounded and an
   * interrupted run leaves only whole records behind.
   */
  void commit();

  /**
   * Reports progress for the log. {@code step} names a kind of record ({@code payments}); counts
   * only, never a name.
   */
  void progress(String step, long done, long total);
}
