package org.sahakum.plugins.education.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.Children;
import org.sahakum.plugins.education.children.SchoolStatus;

/** {@code children/{id}/school}: the child's way back to public school; within the caller's reach of children. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolPathResource {
  private final ModuleContext ctx;
  private final long childId;

  public SchoolPathResource(ModuleContext ctx, long childId) {
    this.ctx = ctx;
    this.childId = childId;
  }

  @GET
  public SchoolPathView get() {
    ctx.caller().require(EducationPermissions.CHILD_READ);
    Child child = new Children(ctx).visible(childId);
    return find().map(SchoolPath::view).orElseGet(() -> new SchoolPath(childId, child.getSchoolStatus(),
        child.getLastActivityOn()).view());
  }

  /** Sets the school, grade, status (with its day), documents and barriers; 422 for a status the rule does not allow. */
  @PUT
  public SchoolPathView update(@Valid @NotNull SchoolUpdate body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    Child child = new Children(ctx).visible(childId);
    LocalDate today = LocalDate.now(ctx.clock());
    if (body.statusSince().isAfter(today)) {
      throw Access.unprocessable("statusSince: the day cannot be in the future.");
    }
    if (body.schoolId() != null && ctx.entityManager().find(School.class, body.schoolId()) == null) {
      throw Access.unprocessable("schoolId: no such school on this organisation's list.");
    }
    SchoolStatus to = SchoolStatus.valueOf(body.status());
    SchoolPaths.requireAllowed(child.getSchoolStatus(), to);
    SchoolPath path = find().orElseGet(() -> {
      SchoolPath p = new SchoolPath(childId, child.getSchoolStatus(), body.statusSince());
      ctx.entityManager().persist(p);
      return p;
    });
    if (to != child.getSchoolStatus()) {
      SchoolPaths.recordChange(ctx, child, to, body.statusSince());
    }
    path.update(body);
    child.schoolStatusChanged(to, today);
    ctx.entityManager().flush();
    ctx.audit().record("school.updated", "child", String.valueOf(childId));
    return path.view();
  }

  /** Sets the documents needed and obtained and the barriers. */
  @PUT
  @Path("needs")
  public SchoolPathView needs(@Valid @NotNull SchoolNeeds body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    Child child = new Children(ctx).visible(childId);
    SchoolPath path = find().orElseGet(() -> {
      SchoolPath p = new SchoolPath(childId, child.getSchoolStatus(), LocalDate.now(ctx.clock()));
      ctx.entityManager().persist(p);
      return p;
    });
    path.needs(body);
    ctx.entityManager().flush();
    ctx.audit().record("school.needs.updated", "child", String.valueOf(childId));
    return path.view();
  }

  private java.util.Optional<SchoolPath> find() {
    return ctx.entityManager().createQuery("SELECT p FROM SchoolPath p WHERE p.childId = :c", SchoolPath.class)
        .setParameter("c", childId).getResultList().stream().findFirst();
  }
}
