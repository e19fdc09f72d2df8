package org.sahakum.plugins.legalaid.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.sahakum.plugins.legalaid.Problems;

/**
 * Where a case may go from where it stands: open → in progress → closed (with an outcome), and a
 * closed case may be reopened into progress. Any other move is refused with 409 and the reason.
 */
public final class CaseWorkflow {

  /** The transitions, by the name of the call that asks for them. */
  public enum Transition {
    START(Set.of(LegalCase.OPEN), LegalCase.IN_PROGRESS),
    CLOSE(Set.of(LegalCase.IN_PROGRESS), LegalCase.CLOSED),
    REOPEN(Set.of(LegalCase.CLOSED), LegalCase.IN_PROGRESS);

    private final Set<String> from;
    private final String to;

    Transition(Set<String> from, String to) {
      this.from = from;
      this.to = to;
    }

    public String to() {
      return to;
    }
  }

  private static final Map<String, String> WHY = Map.of(
      LegalCase.OPEN, "it has not been started yet",
      LegalCase.IN_PROGRESS, "it is in progress",
      LegalCase.CLOSED, "it is closed; reopen it first");

  private CaseWorkflow() {}

  /** Moves {@code c} by {@code t}; {@code outcome} is required to close and dropped otherwise. */
  public static void apply(LegalCase c, Transition t, String outcome, Instant at) {
    if (!t.from.contains(c.getStatus())) {
      throw Problems.conflict("A case that is " + c.getStatus() + " cannot " + t.name().toLowerCase()
          + ": " + WHY.get(c.getStatus()) + ".");
    }
    c.moveTo(t.to, t == Transition.CLOSE ? outcome : null, at);
  }
}
