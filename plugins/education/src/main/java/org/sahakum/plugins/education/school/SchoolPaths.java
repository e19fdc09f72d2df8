package org.sahakum.plugins.education.school;

import java.time.LocalDate;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.SchoolStatus;

/**
 * The rule of a child's way back to school: out of school → preparing → enrolled → attending
 * (steps may be skipped, never taken back), dropped out from anywhere, and from dropped out back to
 * out of school or preparing. Each change is kept with its day and centre for the monthly counts.
 */
public final class SchoolPaths {
  private SchoolPaths() {}

  static void requireAllowed(SchoolStatus from, SchoolStatus to) {
    boolean allowed = from == to || to == SchoolStatus.DROPPED_OUT
        || (from == SchoolStatus.DROPPED_OUT ? to == SchoolStatus.OUT_OF_SCHOOL || to == SchoolStatus.PREPARING
            : to.ordinal() > from.ordinal());
    if (!allowed) {
      throw Access.unprocessable("status: a child's school status cannot go from " + from + " to " + to + ".");
    }
  }

  /** Records that {@code child}'s status became {@code to} on {@code on}. */
  static void recordChange(ModuleContext ctx, Child child, SchoolStatus to, LocalDate on) {
    ctx.entityManager().persist(new SchoolChange(child.getId(), child.getCentreId(), to, on));
  }
}
