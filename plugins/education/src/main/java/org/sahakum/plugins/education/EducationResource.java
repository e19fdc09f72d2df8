package org.sahakum.plugins.education;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.StaffDirectory;
import org.sahakum.plugins.education.attendance.FollowUp;
import org.sahakum.plugins.education.centres.CentreResource;
import org.sahakum.plugins.education.children.ChildConsent;
import org.sahakum.plugins.education.children.ChildResource;
import org.sahakum.plugins.education.children.MyChildView;
import org.sahakum.plugins.education.children.MyChildren;
import org.sahakum.plugins.education.classes.ClassResource;
import org.sahakum.plugins.education.classes.TermResource;
import org.sahakum.plugins.education.events.EventResource;
import org.sahakum.plugins.education.reports.ReportResource;
import org.sahakum.plugins.education.retention.RetentionResource;
import org.sahakum.plugins.education.school.SchoolResource;

/**
 * The module's HTTP API for one request, mounted by the core at {@code /api/t/{tenant}/education}:
 * one sub-resource per feature. Everything lives at the organisation; at a chapter only a
 * guardian's {@code my-children} answers.
 */
@Produces(MediaType.APPLICATION_JSON)
public class EducationResource {
  private final ModuleContext ctx;

  public EducationResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The consent text a guardian agrees to before a child's record is made, and its version. */
  @GET
  @Path("consent")
  public ChildConsent.View consent() {
    Access.requireOrganisation(ctx);
    ctx.caller().requireAny(EducationPermissions.CHILD_WRITE, EducationPermissions.CHILD_READ);
    return ChildConsent.view();
  }

  @Path("centres")
  public CentreResource centres() {
    Access.requireOrganisation(ctx);
    return new CentreResource(ctx);
  }

  @Path("terms")
  public TermResource terms() {
    Access.requireOrganisation(ctx);
    return new TermResource(ctx);
  }

  @Path("classes")
  public ClassResource classes() {
    Access.requireOrganisation(ctx);
    return new ClassResource(ctx);
  }

  @Path("children")
  public ChildResource children() {
    Access.requireOrganisation(ctx);
    return new ChildResource(ctx);
  }

  @Path("schools")
  public SchoolResource schools() {
    Access.requireOrganisation(ctx);
    return new SchoolResource(ctx);
  }

  @Path("events")
  public EventResource events() {
    Access.requireOrganisation(ctx);
    return new EventResource(ctx);
  }

  @Path("retention")
  public RetentionResource retention() {
    Access.requireOrganisation(ctx);
    return new RetentionResource(ctx);
  }

  @Path("reports")
  public ReportResource reports() {
    Access.requireOrganisation(ctx);
    return new ReportResource(ctx);
  }

  /** The accounts a class may be given to: those who may take attendance here. Needs {@code edu:class:manage}. */
  @GET
  @Path("teachers")
  public List<StaffDirectory.StaffRef> teachers() {
    Access.requireOrganisation(ctx);
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    List<StaffDirectory.StaffRef> staff = ctx.staff().holding(EducationPermissions.ATTENDANCE_TAKE);
    ctx.audit().recordRead("teachers.read", "account", null);
    return staff;
  }

  /** A page of the children absent from the last three sessions of their class, for the caller's classes. */
  @GET
  @Path("follow-up")
  public Response followUp(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(FollowUp.MOST) int offset) {
    Access.requireOrganisation(ctx);
    return FollowUp.page(ctx, limit, offset);
  }

  /** How many children are on the caller's follow-up list, for the home screen: {@code {"count": n}}. */
  @GET
  @Path("follow-up/count")
  public JsonObject followUpCount() {
    Access.requireOrganisation(ctx);
    return FollowUp.count(ctx);
  }

  /** The caller's own children and their attendance, when the caller is a member here; else an empty list. */
  @GET
  @Path("my-children")
  public List<MyChildView> myChildren() {
    return MyChildren.of(ctx);
  }
}
