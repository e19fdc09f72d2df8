package org.sahakum.plugins.organising.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Map;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Paging;

/** {@code events}: forums, trainings and campaign events, and each one's attendance. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
  private final ModuleContext ctx;

  public EventResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    return Paging.page(ctx, OrgEvent.class, "x.heldOn DESC, x.id DESC", offset, limit, EventView::of);
  }

  @POST
  public Response create(@Valid @NotNull NewEvent body) {
    ctx.caller().require(OrganisingPermissions.EVENT_MANAGE);
    return Response.status(201).entity(EventView.of(new Events(ctx).record(body))).build();
  }

  @GET
  @Path("{id}")
  public EventView get(@PathParam("id") long id) {
    ctx.caller().require(OrganisingPermissions.VISIT_READ);
    return EventView.of(Events.find(ctx, id));
  }

  /** The members who attended, by code and working name; the read is audited. */
  @GET
  @Path("{id}/attendance")
  public List<AttendanceView> attendance(@PathParam("id") long id) {
    ctx.caller().require(OrganisingPermissions.EVENT_MANAGE);
    Events.find(ctx, id);
    List<EventAttendance> rows = ctx.entityManager().createQuery("SELECT a FROM EventAttendance a WHERE a.eventId = :e "
        + "ORDER BY a.id", EventAttendance.class).setParameter("e", id).setMaxResults(500).getResultList();
    Map<Long, MemberRef> members = ctx.members().byIds(rows.stream().map(EventAttendance::getMemberId).toList());
    ctx.audit().recordRead("attendance.read", "event", String.valueOf(id));
    return rows.stream().filter(a -> members.containsKey(a.getMemberId())).map(a -> {
      MemberRef m = members.get(a.getMemberId());
      return new AttendanceView(a.getId(), m.memberCode(), m.workingName());
    }).toList();
  }

  @POST
  @Path("{id}/attendance")
  public Response attended(@PathParam("id") long id, @Valid @NotNull NewAttendance body) {
    ctx.caller().require(OrganisingPermissions.EVENT_MANAGE);
    OrgEvent e = Events.find(ctx, id);
    MemberRef m = ctx.members().byCode(body.memberCode().strip()).orElseThrow(() -> Refusal.unprocessable("memberCode",
        "unknown-member", "No member here has that code."));
    EventAttendance a = Attendances.add(ctx, e.getId(), m);
    return Response.status(201).entity(new AttendanceView(a.getId(), m.memberCode(), m.workingName())).build();
  }
}
