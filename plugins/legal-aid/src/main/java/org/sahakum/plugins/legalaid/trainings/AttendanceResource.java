package org.sahakum.plugins.legalaid.trainings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;
import org.sahakum.plugins.legalaid.cases.Cases;

/**
 * {@code attendance}: a member attended a training. The training is named in the body (not the
 * path) so that the generic UI's form can send it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {
  private final ModuleContext ctx;

  public AttendanceResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** 201 and the training's counts; 422 for an unknown training or member code, 409 if already on record. */
  @POST
  public Response record(@Valid @NotNull NewAttendance body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Training t = ctx.entityManager().find(Training.class, body.trainingId());
    if (t == null) {
      throw org.sahakum.api.Refusal.unprocessable("trainingId", "unknown-training", "trainingId: no such training here.");
    }
    if (t.getHeldOn().isAfter(LocalDate.now(ctx.clock()))) {
      throw Problems.conflict("This training is on " + t.getHeldOn() + ": attendance is recorded once it is held.");
    }
    MemberRef member = new Cases(ctx).member(body.memberCode());
    boolean known = !ctx.entityManager().createQuery("SELECT a.id FROM Attendance a WHERE a.trainingId = :t "
            + "AND a.memberId = :m", Long.class).setParameter("t", t.getId()).setParameter("m", member.id())
        .getResultList().isEmpty();
    if (known) {
      throw Problems.conflict("This member's attendance at this training is already on record.");
    }
    ctx.entityManager().persist(new Attendance(t.getId(), member.id(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS)));
    ctx.entityManager().flush();
    ctx.audit().record("attendance.recorded", "training", String.valueOf(t.getId()));
    return Response.status(201).entity(new Trainings(ctx).views(List.of(t)).get(0)).build();
  }
}
