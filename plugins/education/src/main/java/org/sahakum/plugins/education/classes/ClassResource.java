package org.sahakum.plugins.education.classes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.attendance.Roster;
import org.sahakum.plugins.education.attendance.RosterRow;
import org.sahakum.plugins.education.attendance.SessionResource;
import org.sahakum.plugins.education.centres.CentreResource;
import org.sahakum.plugins.education.enrolments.EnrolmentResource;

/**
 * {@code classes}: the organisation's classes. Whoever manages classes sees them all; a teacher
 * sees the classes they teach, and any other class id is 404 to them.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassResource {
  private final ModuleContext ctx;

  public ClassResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of the classes the caller reaches, oldest first, the whole count in {@code X-Total-Count} ({@link Page}). */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader();
    EntityManager em = ctx.entityManager();
    boolean scoped = Access.teacherScoped(ctx);
    String where = scoped ? " WHERE c.teacherAccountId = :a" : "";
    TypedQuery<EduClass> rows = em.createQuery("SELECT c FROM EduClass c" + where + " ORDER BY c.id", EduClass.class);
    TypedQuery<Long> total = em.createQuery("SELECT COUNT(c) FROM EduClass c" + where, Long.class);
    if (scoped) {
      rows.setParameter("a", ctx.caller().accountId());
      total.setParameter("a", ctx.caller().accountId());
    }
    List<EduClass> classes = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
    long count = total.getSingleResult();
    if (classes.isEmpty()) {
      return Page.of(List.of(), count);
    }
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery("SELECT e.classId, e.status, COUNT(e) FROM ClassEnrolment e "
            + "WHERE e.classId IN :ids GROUP BY e.classId, e.status", Object[].class)
        .setParameter("ids", classes.stream().map(EduClass::getId).toList()).getResultList()) {
      counts.put(row[0] + "|" + row[1], (Long) row[2]);
    }
    return Page.of(classes.stream().map(c -> ClassView.of(c, counts.getOrDefault(c.getId() + "|ENROLLED", 0L),
        counts.getOrDefault(c.getId() + "|WAITING", 0L))).toList(), count);
  }

  @GET
  @Path("{id}")
  public ClassView get(@PathParam("id") long id) {
    requireReader();
    EduClass c = Classes.visible(ctx, id);
    return view(ctx, c);
  }

  @POST
  public Response create(@Valid @NotNull NewClass body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    try {
      CentreResource.find(ctx, body.centreId());
    } catch (jakarta.ws.rs.NotFoundException e) {
      throw Access.unprocessable("centreId: no such centre here.");
    }
    if (body.termId() != null && ctx.entityManager().find(Term.class, body.termId()) == null) {
      throw Access.unprocessable("termId: no such term here.");
    }
    if (ctx.staff().find(body.teacherAccountId(), EducationPermissions.ATTENDANCE_TAKE).isEmpty()) {
      throw Access.unprocessable("teacherAccountId: no active staff account here may take attendance.");
    }
    EduClass c = new EduClass(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(c);
    ctx.entityManager().flush();
    ctx.audit().record("class.created", "class", String.valueOf(c.getId()));
    return Response.status(Response.Status.CREATED).entity(ClassView.of(c, 0, 0)).build();
  }

  @Path("{id}/enrolments")
  public EnrolmentResource enrolments(@PathParam("id") long id) {
    return new EnrolmentResource(ctx, id);
  }

  /** The attendance screen's list for {@code day} (default today): children, names, marks already taken. */
  @GET
  @Path("{id}/roster")
  public List<RosterRow> roster(@PathParam("id") long id,
      @QueryParam("day") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a day, e.g. 2026-03-01") String day) {
    try {
      return Roster.of(ctx, id, day == null ? null : LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      throw new BadRequestException("day: must be a day of the calendar, e.g. 2026-03-01.");
    }
  }

  @Path("{id}/sessions")
  public SessionResource sessions(@PathParam("id") long id) {
    return new SessionResource(ctx, id);
  }

  static ClassView view(ModuleContext ctx, EduClass c) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : ctx.entityManager().createQuery("SELECT e.status, COUNT(e) FROM ClassEnrolment e "
            + "WHERE e.classId = :c GROUP BY e.status", Object[].class).setParameter("c", c.getId()).getResultList()) {
      counts.put(String.valueOf(row[0]), (Long) row[1]);
    }
    return ClassView.of(c, counts.getOrDefault("ENROLLED", 0L), counts.getOrDefault("WAITING", 0L));
  }

  private void requireReader() {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE,
        EducationPermissions.CHILD_READ, EducationPermissions.REPORT_READ);
  }
}
