package org.sahakum.plugins.uniondues.standing;

import java.time.LocalDate;
import java.util.Optional;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;
import org.sahakum.plugins.uniondues.enrolments.Position;

/**
 * The {@link GoodStanding} port, answered from the organisation's enrolments. It checks no
 * permission: the core hands it only to modules, and the asking module checks its own.
 */
public final class DuesGoodStanding implements GoodStanding {
  private final ModuleContext ctx;

  public DuesGoodStanding(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Standing> of(long memberId) {
    Enrolments enrolments = new Enrolments(ctx.entityManager());
    Optional<DuesEnrolment> found = enrolments.ofMember(memberId, false);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DuesEnrolment e = found.get();
    LocalDate today = LocalDate.now(ctx.clock());
    Position p = e.position(today, enrolments.exemptOn(e.getId(), today));
    return Optional.of(new Standing(p.inGoodStanding(), p.periodsDue(), p.periodsCovered(), p.periodsOwed(),
        p.arrearsMinor(), e.getCurrency()));
  }
}
