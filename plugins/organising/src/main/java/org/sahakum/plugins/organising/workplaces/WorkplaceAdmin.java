package org.sahakum.plugins.organising.workplaces;

import java.time.temporal.ChronoUnit;
import org.sahakum.api.ModuleContext;

/** Making a workplace, for the API and the demo alike. */
public final class WorkplaceAdmin {
  private WorkplaceAdmin() {}

  public static Workplace create(ModuleContext ctx, NewWorkplace body) {
    Workplace w = new Workplace(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(w);
    ctx.entityManager().flush();
    ctx.audit().record("workplace.created", "workplace", String.valueOf(w.getId()));
    return w;
  }
}
