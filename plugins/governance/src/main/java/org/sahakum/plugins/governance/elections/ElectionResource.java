package org.sahakum.plugins.governance.elections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.governance.GovernancePermissions;
import org.sahakum.plugins.governance.paper.PaperBoxView;
import org.sahakum.plugins.governance.paper.PaperBoxes;
import org.sahakum.plugins.governance.paper.PaperCounts;
import org.sahakum.plugins.governance.results.ResultView;
import org.sahakum.plugins.governance.results.Results;
import org.sahakum.plugins.governance.roll.Roll;

/**
 * {@code elections}: the organisation's elections and motions for staff, their candidates, opening,
 * paper boxes and, once closed, results. No call here answers a count of votes before closing.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionResource {
  private final ModuleContext ctx;

  public ElectionResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** Votes, the latest closing first, a page at a time (the whole count in {@code X-Total-Count}). */
  @GET
  public Response list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireStaff();
    Instant now = ctx.clock().instant();
    long total = ctx.entityManager().createQuery("SELECT COUNT(e) FROM Election e", Long.class).getSingleResult();
    List<ElectionView> rows = ctx.entityManager().createQuery("SELECT e FROM Election e ORDER BY e.closesAt DESC, e.id DESC",
            Election.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(e -> ElectionView.of(e, now, List.of())).toList();
    return Page.of(rows, total);
  }

  @POST
  public Response create(@Valid @NotNull NewElection body) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    Election e = Elections.create(ctx, body);
    return Response.status(Response.Status.CREATED).entity(Elections.view(ctx, e)).build();
  }

  @GET
  @Path("{id}")
  public ElectionView get(@PathParam("id") long id) {
    requireStaff();
    return Elections.view(ctx, Elections.find(ctx, id));
  }

  @POST
  @Path("{id}/candidates")
  public Response nominate(@PathParam("id") long id, @Valid @NotNull NewCandidate body) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    Election e = Elections.find(ctx, id);
    Choice c = Elections.nominate(ctx, e, body);
    return Response.status(Response.Status.CREATED).entity(Elections.views(ctx, List.of(c)).get(0)).build();
  }

  /** Opens the vote from its opening time: fixes the roll and the tally's counters. */
  @POST
  @Path("{id}/open")
  public ElectionView open(@PathParam("id") long id) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    Election e = Elections.find(ctx, id);
    Roll.open(ctx, e);
    return Elections.view(ctx, e);
  }

  /** The result: 409 before the closing time, for everyone. */
  @GET
  @Path("{id}/result")
  public ResultView result(@PathParam("id") long id) {
    return Results.read(ctx, Elections.find(ctx, id));
  }

  @GET
  @Path("{id}/paper-boxes")
  public List<PaperBoxView> paperBoxes(@PathParam("id") long id) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    return PaperBoxes.list(ctx, Elections.find(ctx, id));
  }

  @POST
  @Path("{id}/paper-boxes")
  public Response enterPaper(@PathParam("id") long id, @Valid @NotNull PaperCounts.Entry body) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    Election e = Elections.find(ctx, id);
    var box = PaperBoxes.enter(ctx, e, body);
    return Response.status(Response.Status.CREATED).entity(PaperBoxes.list(ctx, e).stream()
        .filter(b -> b.id() == box.getId()).findFirst().orElseThrow()).build();
  }

  @POST
  @Path("{id}/paper-boxes/{boxId}/confirm")
  public Response confirmPaper(@PathParam("id") long id, @PathParam("boxId") long boxId,
      @Valid @NotNull PaperCounts body) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    PaperBoxes.confirm(ctx, Elections.find(ctx, id), boxId, body);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/paper-boxes/{boxId}")
  public Response removePaper(@PathParam("id") long id, @PathParam("boxId") long boxId) {
    ctx.caller().require(GovernancePermissions.VOTE_MANAGE);
    PaperBoxes.remove(ctx, Elections.find(ctx, id), boxId);
    return Response.noContent().build();
  }

  private void requireStaff() {
    ctx.caller().requireAny(GovernancePermissions.VOTE_MANAGE, GovernancePermissions.RESULT_READ);
  }
}
