package org.sahakum.plugins.education.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.classes.Classes;
import org.sahakum.plugins.education.classes.EduClass;

/**
 * {@code classes/{id}/sessions}: attendance, one request per session. A teacher reaches only the
 * classes they teach. Each submission is one audit entry; each correction after the day needs a
 * reason and is audited.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final ModuleContext ctx;
  private final long classId;

  public SessionResource(ModuleContext ctx, long classId) {
    this.ctx = ctx;
    this.classId = classId;
  }

  /** The class's sessions, newest first, with their counts. */
  @GET
  public List<SessionView> list() {
    ctx.caller().requireAny(EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.CLASS_MANAGE);
    Classes.visible(ctx, classId);
    Attendance attendance = new Attendance(ctx);
    return ctx.entityManager().createQuery("SELECT s FROM ClassSession s WHERE s.classId = :c "
            + "ORDER BY s.heldOn DESC", ClassSession.class)
        .setParameter("c", classId).setMaxResults(100).getResultList().stream().map(attendance::view).toList();
  }

  /**
   * The whole class's attendance for a day: 201 for a new session, 200 when the day's session was
   * already taken (a retry, or marks changed the same day). Nothing is written on any refusal.
   */
  @POST
  public Response take(@Valid @NotNull NewSession body) {
    MarkCheck.require(body.marks());
    ctx.caller().require(EducationPermissions.ATTENDANCE_TAKE);
    EduClass locked = Classes.locked(ctx, classId);
    Attendance attendance = new Attendance(ctx);
    Attendance.Taken taken = attendance.take(locked, body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.audit().record("attendance.taken", "session", String.valueOf(taken.session().getId()));
    SessionView view = taken.created() ? taken.view() : attendance.view(taken.session());
    return Response.status(taken.created() ? 201 : 200).entity(view).build();
  }

  /** The session's marks, one per child. */
  @GET
  @Path("{sessionId}/marks")
  public List<MarkView> marks(@PathParam("sessionId") long sessionId) {
    ctx.caller().requireAny(EducationPermissions.ATTENDANCE_TAKE, EducationPermissions.CLASS_MANAGE);
    ClassSession s = session(sessionId);
    return new Attendance(ctx).marksOf(s.getId()).stream().map(MarkView::of).toList();
  }

  /**
   * Corrects one child's mark. After the day of the session a {@code reason} is required (422
   * without); every correction is audited as {@code attendance.corrected}.
   */
  @PUT
  @Path("{sessionId}/marks/{childId}")
  public MarkView correct(@PathParam("sessionId") long sessionId, @PathParam("childId") long childId,
      @Valid @NotNull Correction body) {
    ctx.caller().require(EducationPermissions.ATTENDANCE_TAKE);
    Classes.locked(ctx, classId);
    ClassSession s = session(sessionId);
    AttendanceMark mark = ctx.entityManager().createQuery("SELECT a FROM AttendanceMark a WHERE a.sessionId = :s "
            + "AND a.childId = :k", AttendanceMark.class)
        .setParameter("s", s.getId()).setParameter("k", childId).getResultList().stream().findFirst()
        .orElseThrow(() -> Access.notFound("mark"));
    boolean afterTheDay = s.getHeldOn().isBefore(LocalDate.now(ctx.clock()));
    String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
    if (afterTheDay && reason == null) {
      throw Access.unprocessable("reason: a correction after the day of the session needs a reason.");
    }
    mark.correct(MarkStatus.valueOf(body.status()), reason, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.audit().record("attendance.corrected", "session", String.valueOf(s.getId()));
    return MarkView.of(mark);
  }

  private ClassSession session(long sessionId) {
    Classes.visible(ctx, classId);
    ClassSession s = ctx.entityManager().find(ClassSession.class, sessionId);
    if (s == null || s.getClassId() != classId) {
      throw Access.notFound("session");
    }
    return s;
  }
}
