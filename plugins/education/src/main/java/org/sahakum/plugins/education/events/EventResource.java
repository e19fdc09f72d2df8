package org.sahakum.plugins.education.events;

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
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.Listing;
import org.sahakum.plugins.education.children.Children;

/**
 * {@code events}: social events and exposure visits. A child goes only with the guardian's consent
 * for that event; attendance is recorded for those who have it. No photo is taken in or kept.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
  private final ModuleContext ctx;

  public EventResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** A page of them, newest first, with how many there are in all ({@code X-Total-Count}). */
  @GET
  public Response list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Listing.MOST_OFFSET) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(org.sahakum.api.Page.MAX_LIMIT) int limit) {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE);
    return Listing.page(ctx.entityManager(), EduEvent.class, "x.heldOn DESC, x.id DESC", EduEvent::view, offset, limit);
  }

  @GET
  @Path("{id}")
  public EventView get(@PathParam("id") long id) {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE);
    return find(id).view();
  }

  @POST
  public Response create(@Valid @NotNull NewEvent body) {
    ctx.caller().require(EducationPermissions.CLASS_MANAGE);
    EduEvent e = new EduEvent(body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(e);
    ctx.entityManager().flush();
    ctx.audit().record("event.created", "event", String.valueOf(e.getId()));
    return Response.status(Response.Status.CREATED).entity(e.view()).build();
  }

  /** The children with consent for the event, the caller's reach of children applied. */
  @GET
  @Path("{id}/children")
  public List<EventChildView> children(@PathParam("id") long id) {
    ctx.caller().requireAny(EducationPermissions.CLASS_MANAGE, EducationPermissions.ATTENDANCE_TAKE);
    find(id);
    return ctx.entityManager().createQuery("SELECT c FROM EventChild c WHERE c.eventId = :e ORDER BY c.id",
        EventChild.class).setParameter("e", id).setMaxResults(500).getResultList().stream().map(EventChild::view)
        .toList();
  }

  /** Records the guardian's consent for one child to go: 201; 409 if already recorded. */
  @POST
  @Path("{id}/children")
  public Response consent(@PathParam("id") long id, @Valid @NotNull EventConsent body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    find(id);
    new Children(ctx).visible(body.childId());
    if (row(id, body.childId()) != null) {
      throw Access.conflict("The guardian's consent for this child and event is already recorded.");
    }
    EventChild c = new EventChild(id, body.childId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS),
        ctx.caller().accountId());
    ctx.entityManager().persist(c);
    ctx.entityManager().flush();
    ctx.audit().record("event.consent.recorded", "event", String.valueOf(id));
    return Response.status(Response.Status.CREATED).entity(c.view()).build();
  }

  /** Whether the child came; 422 for a child without the guardian's consent for this event. */
  @PUT
  @Path("{id}/children/{childId}")
  public EventChildView attended(@PathParam("id") long id, @PathParam("childId") long childId,
      @Valid @NotNull EventAttendance body) {
    ctx.caller().require(EducationPermissions.ATTENDANCE_TAKE);
    find(id);
    new Children(ctx).visible(childId);
    EventChild c = row(id, childId);
    if (c == null) {
      throw Access.unprocessable("childId: without the guardian's consent for this event the child does not go.");
    }
    c.attended(body.attended());
    ctx.audit().record("event.attendance", "event", String.valueOf(id));
    return c.view();
  }

  private EduEvent find(long id) {
    EduEvent e = ctx.entityManager().find(EduEvent.class, id);
    if (e == null) {
      throw Access.notFound("event");
    }
    return e;
  }

  private EventChild row(long eventId, long childId) {
    return ctx.entityManager().createQuery("SELECT c FROM EventChild c WHERE c.eventId = :e AND c.childId = :k",
        EventChild.class).setParameter("e", eventId).setParameter("k", childId).getResultList().stream().findFirst()
        .orElse(null);
  }
}
