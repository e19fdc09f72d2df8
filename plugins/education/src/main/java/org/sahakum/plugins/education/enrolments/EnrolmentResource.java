package org.sahakum.plugins.education.enrolments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.classes.Classes;
import org.sahakum.plugins.education.classes.EduClass;

/**
 * {@code classes/{id}/enrolments}: the children in a class and its waiting list. Over capacity a
 * child waits; when a place frees up, the first who waits takes it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {
  private final ModuleContext ctx;
  private final long classId;

  public EnrolmentResource(ModuleContext ctx, long classId) {
    this.ctx = ctx;
    this.classId = classId;
  }

  @GET
  public List<EnrolmentView> list() {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE);
    Classes.visible(ctx, classId);
    Enrolments enrolments = new Enrolments(ctx);
    return enrolments.ofClass(classId).stream().map(enrolments::view).toList();
  }

  /** 201 {@code ENROLLED}, or {@code WAITING} with its position; 409 if the child is already there. */
  @POST
  public Response enrol(@Valid @NotNull NewEnrolment body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    EduClass locked = Classes.locked(ctx, classId);
    if (ctx.entityManager().find(Child.class, body.childId()) == null) {
      throw Access.unprocessable("childId: no such child here.");
    }
    Enrolments enrolments = new Enrolments(ctx);
    ClassEnrolment e = enrolments.enrol(locked, body.childId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.audit().record(e.getStatus() == EnrolmentStatus.ENROLLED ? "child.enrolled" : "child.waiting", "class",
        String.valueOf(classId));
    return Response.status(Response.Status.CREATED).entity(enrolments.view(e)).build();
  }

  /** Takes the child out of the class or off its waiting list: 204; 404 if the child is not there. */
  @DELETE
  @Path("{childId}")
  public Response withdraw(@PathParam("childId") long childId) {
    return withdrawal(childId);
  }

  /**
   * The same as {@code DELETE}, as the screen's confirming form sends it (a module form posts or
   * puts): the child leaves the class or its waiting list, and the first who waits takes a freed place.
   */
  @POST
  @Path("{childId}/withdrawal")
  public Response withdrawal(@PathParam("childId") long childId) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    EduClass locked = Classes.locked(ctx, classId);
    Enrolments enrolments = new Enrolments(ctx);
    ClassEnrolment e = enrolments.find(classId, childId).orElseThrow(() -> Access.notFound("enrolment"));
    enrolments.withdraw(locked, e);
    ctx.audit().record("child.withdrawn", "class", String.valueOf(classId));
    return Response.noContent().build();
  }
}
