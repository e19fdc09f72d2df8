package org.sahakum.plugins.legalaid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.StaffDirectory;
import org.sahakum.plugins.legalaid.cases.Assignees;
import org.sahakum.plugins.legalaid.cases.CaseDateResource;
import org.sahakum.plugins.legalaid.cases.CaseDateView;
import org.sahakum.plugins.legalaid.cases.CaseResource;
import org.sahakum.plugins.legalaid.cases.CaseView;
import org.sahakum.plugins.legalaid.cases.Cases;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.detention.DetentionResource;
import org.sahakum.plugins.legalaid.directory.ServiceResource;
import org.sahakum.plugins.legalaid.referrals.ReferralResource;
import org.sahakum.plugins.legalaid.report.ReportResource;
import org.sahakum.plugins.legalaid.trainings.AttendanceResource;
import org.sahakum.plugins.legalaid.trainings.TrainingResource;
import org.sahakum.plugins.legalaid.trainings.TrainingView;
import org.sahakum.plugins.legalaid.trainings.Trainings;
import org.sahakum.plugins.legalaid.violations.ViolationResource;

/**
 * The module's HTTP API for one request, mounted by the core at {@code /api/t/{tenant}/legal-aid}:
 * one sub-resource per feature, who may be assigned a case, and what a member may see of their own
 * cases and trainings.
 */
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidResource {
  private final ModuleContext ctx;

  public LegalAidResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Path("cases")
  public CaseResource cases() {
    return new CaseResource(ctx);
  }

  /**
   * The caller's own cases, when the caller is a member here: kind, status and outcome, never
   * notes. Needs no legal-aid permission; anyone else gets an empty list.
   */
  @GET
  @Path("my-cases")
  public Response myCases(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    MemberRef me = ctx.members().caller().orElse(null);
    if (me == null) {
      return Page.of(List.of(), 0);
    }
    List<LegalCase> mine = ctx.entityManager().createQuery(
        "SELECT c FROM LegalCase c WHERE c.memberId = :m ORDER BY c.id DESC", LegalCase.class)
        .setParameter("m", me.id()).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = ctx.entityManager().createQuery("SELECT COUNT(c) FROM LegalCase c WHERE c.memberId = :m", Long.class)
        .setParameter("m", me.id()).getSingleResult();
    ctx.audit().recordRead("my-cases.read", "case", null);
    return Page.of(new Cases(ctx).views(mine), total);
  }

  /** Hearings and deadlines not yet done in the next {@code days} days (and overdue ones), soonest first. */
  @GET
  @Path("upcoming-dates")
  public Response upcoming(@QueryParam("days") @DefaultValue("14") @Min(0) @Max(366) int days,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    return CaseDateResource.upcoming(ctx, LocalDate.now(ctx.clock()).plusDays(days), offset, limit);
  }

  /**
   * The accounts a case may be assigned to: {@code [{"accountId":..,"username":..}]}. Needs
   * {@code legal:case:assign}, the permission of whoever assigns.
   */
  @GET
  @Path("assignees")
  public List<StaffDirectory.StaffRef> assignees() {
    ctx.caller().require(LegalAidPermissions.CASE_ASSIGN);
    List<StaffDirectory.StaffRef> staff = Assignees.list(ctx);
    ctx.audit().recordRead("assignees.read", "account", null);
    return staff;
  }

  /** The trainings the caller attended, when the caller is a member here; anyone else gets an empty list. */
  @GET
  @Path("my-trainings")
  public Response myTrainings(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    MemberRef me = ctx.members().caller().orElse(null);
    if (me == null) {
      return Page.of(List.of(), 0);
    }
    Response mine = new Trainings(ctx).attendedBy(me.id(), offset, limit);
    ctx.audit().recordRead("my-trainings.read", "training", null);
    return mine;
  }

  @Path("services")
  public ServiceResource services() {
    return new ServiceResource(ctx);
  }

  @Path("referrals")
  public ReferralResource referrals() {
    return new ReferralResource(ctx);
  }

  @Path("trainings")
  public TrainingResource trainings() {
    return new TrainingResource(ctx);
  }

  @Path("attendance")
  public AttendanceResource attendance() {
    return new AttendanceResource(ctx);
  }

  @Path("detentions")
  public DetentionResource detentions() {
    return new DetentionResource(ctx);
  }

  @Path("violations")
  public ViolationResource violations() {
    return new ViolationResource(ctx);
  }

  @Path("reports")
  public ReportResource reports() {
    return new ReportResource(ctx);
  }
}
