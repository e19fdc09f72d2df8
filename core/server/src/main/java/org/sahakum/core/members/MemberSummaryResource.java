package org.sahakum.core.members;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.modules.ModuleSummaries;

/**
 * A member's whole relationship with the organisation, as each module switched on here tells it
 * (standing, cases, ...): what the caller's permissions in each module let them see.
 */
@Path("t/{tenant}/members/{id}/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class MemberSummaryResource {

  @Inject RegisterAccess access;
  @Inject ModuleSummaries summaries;

  @GET
  public List<ModuleSummaries.Entry> list(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Register register = access.require(slug, "member:read");
    Member member = access.member(register, id);
    return summaries.about(register.where(), member.getId());
  }
}
