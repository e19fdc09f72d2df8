package org.sahakum.core.crypto;

import java.util.function.IntConsumer;

/**
 * Sealed values kept outside the core's own tables (the modules' notes and files), which a key
 * rotation walks after the register, in steps and transactions of their own.
 */
public interface SealedValueWalk {

  /** How many values the walk will look at for the organisation and its chapters. */
  long count(long orgId, long actor);

  /** Re-seals them all under the organisation's newest key, telling {@code rowsDone} after each step. */
  void reseal(long orgId, long actor, IntConsumer rowsDone);
}
