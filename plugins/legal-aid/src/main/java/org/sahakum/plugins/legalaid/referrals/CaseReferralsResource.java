package org.sahakum.plugins.legalaid.referrals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.cases.Cases;

/** {@code cases/{id}/referrals}: where one case's client has been referred, oldest first. */
@Produces(MediaType.APPLICATION_JSON)
public class CaseReferralsResource {
  private final ModuleContext ctx;
  private final long caseId;

  public CaseReferralsResource(ModuleContext ctx, long caseId) {
    this.ctx = ctx;
    this.caseId = caseId;
  }

  @GET
  public List<ReferralView> list() {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    new Cases(ctx).find(caseId);
    List<ReferralView> views = new Referrals(ctx).ofCase(caseId);
    ctx.audit().recordRead("referrals.read", "case", String.valueOf(caseId));
    return views;
  }
}
