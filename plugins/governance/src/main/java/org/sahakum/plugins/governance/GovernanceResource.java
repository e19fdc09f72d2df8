package org.sahakum.plugins.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.governance.ballots.MyBallotView;
import org.sahakum.plugins.governance.ballots.MyVotes;
import org.sahakum.plugins.governance.ballots.NewBallot;
import org.sahakum.plugins.governance.elections.ChoiceView;
import org.sahakum.plugins.governance.elections.ElectionResource;
import org.sahakum.plugins.governance.results.ResultView;

/**
 * The module's HTTP API for one request, mounted by the core at {@code /api/t/{tenant}/governance}.
 * A vote lives where it is made: at the organisation for all its members, at a chapter for that
 * chapter's; a member reaches the votes of the tenant their login belongs to.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernanceResource {
  /** The answer to every ballot cast, the same whatever was chosen; made once (a provider look-up each time costs). */
  private static final jakarta.json.JsonObject COUNTED = jakarta.json.Json.createObjectBuilder().add("counted", true)
      .build();

  private final ModuleContext ctx;

  public GovernanceResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Path("elections")
  public ElectionResource elections() {
    return new ElectionResource(ctx);
  }

  /** The open votes the caller may still cast, each with its ballot. */
  @GET
  @Path("my-ballots")
  public List<MyBallotView> myBallots() {
    return new MyVotes(ctx).ballots();
  }

  /** Casts the caller's secret ballot: 201 once, 409 after. The answer says nothing of the choice. */
  @POST
  @Path("my-ballots/{id}")
  public Response cast(@PathParam("id") long id, @Valid @NotNull NewBallot ballot) {
    new MyVotes(ctx).cast(id, ballot);
    return Response.status(Response.Status.CREATED).entity(COUNTED).build();
  }

  @GET
  @Path("my-nominations")
  public List<ChoiceView> myNominations() {
    return new MyVotes(ctx).nominations();
  }

  @POST
  @Path("my-nominations/{id}/accept")
  public ChoiceView accept(@PathParam("id") long id) {
    return new MyVotes(ctx).accept(id);
  }

  /** Results of the closed votes of the caller's scope. */
  @GET
  @Path("my-results")
  public List<ResultView> myResults() {
    return new MyVotes(ctx).results();
  }
}
