package org.sahakum.plugins.legalaid.cases;

import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.StaffDirectory.StaffRef;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;

/**
 * Who may be given a case: the staff accounts that hold {@code legal:case:write} here, as the core
 * judges them (roles, role settings, the organisation's wall).
 */
public final class Assignees {
  private Assignees() {}

  /** The accounts a case may be assigned to here, by username. */
  public static List<StaffRef> list(ModuleContext ctx) {
    return ctx.staff().holding(LegalAidPermissions.CASE_WRITE);
  }

  /** Returns normally when {@code accountId} may be given a case here; 422 otherwise. */
  static void require(ModuleContext ctx, long accountId) {
    if (ctx.staff().find(accountId, LegalAidPermissions.CASE_WRITE).isEmpty()) {
      throw Problems.unprocessable("accountId: not an active account that handles cases here (it needs "
          + LegalAidPermissions.CASE_WRITE + "); GET assignees lists those that do.");
    }
  }
}
