package org.sahakum.plugins.legalaid.trainings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.LegalAidPermissions;

/** {@code trainings}: the organisation's legal trainings and who attended each. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
  private final ModuleContext ctx;
  private final Trainings trainings;

  public TrainingResource(ModuleContext ctx) {
    this.ctx = ctx;
    this.trainings = new Trainings(ctx);
  }

  /** Trainings, latest day first, with attendance counts. */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    List<TrainingView> views = trainings.views(ctx.entityManager().createQuery(
        "SELECT t FROM Training t ORDER BY t.heldOn DESC, t.id DESC", Training.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList());
    return Page.of(views, ctx.entityManager().createQuery("SELECT COUNT(t) FROM Training t", Long.class).getSingleResult());
  }

  @POST
  public Response create(@Valid @NotNull NewTraining body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Training t = new Training(body.topic(), body.heldOn(), body.place(), body.facilitator().strip(), body.capacity(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(t);
    ctx.entityManager().flush();
    ctx.audit().record("training.created", "training", String.valueOf(t.getId()));
    return Response.status(201).entity(TrainingView.of(t, 0)).build();
  }

  @GET
  @Path("{id}")
  public TrainingView get(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    return trainings.views(List.of(trainings.find(id))).get(0);
  }

  /** The members who attended, by code (and working name), in code order. Audited. */
  @GET
  @Path("{id}/attendance")
  public List<AttendeeView> attendance(@PathParam("id") long id) {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    trainings.find(id);
    List<Long> memberIds = ctx.entityManager().createQuery("SELECT a.memberId FROM Attendance a "
        + "WHERE a.trainingId = :t ORDER BY a.id", Long.class).setParameter("t", id).setMaxResults(500).getResultList();
    Map<Long, MemberRef> members = memberIds.isEmpty() ? Map.of() : ctx.members().byIds(memberIds);
    List<AttendeeView> views = members.values().stream().sorted(Comparator.comparing(MemberRef::memberCode))
        .map(m -> new AttendeeView(m.memberCode(), m.workingName())).toList();
    ctx.audit().recordRead("attendance.read", "training", String.valueOf(id));
    return views;
  }

  /** How many people who are not members came: a number, never names. */
  @PUT
  @Path("{id}/non-member-attendees")
  public TrainingView nonMembers(@PathParam("id") long id, @Valid @NotNull NonMemberCount body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    Training t = trainings.find(id);
    t.countNonMembers(body.count());
    ctx.audit().record("training.non-members-counted", "training", String.valueOf(id));
    return trainings.views(List.of(t)).get(0);
  }
}
