package org.sahakum.plugins.organising.workplaces;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Refusal;
import org.sahakum.plugins.organising.OrganisingPermissions;
import org.sahakum.plugins.organising.Refusals;

/**
 * {@code workplace-links}: a member linked to a workplace, only with her consent, read one member
 * at a time by a code in the body (each read audited, refused while her chapter is locked down), and removed when she asks.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkplaceLinkResource {
  private final ModuleContext ctx;

  public WorkplaceLinkResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The workplaces a member is linked to, the member named in the body; the read is audited. */
  @POST
  @Path("search")
  public List<WorkplaceLinkView> of(@Valid @NotNull MemberCodeQuery body) {
    ctx.caller().require(OrganisingPermissions.WORKPLACE_MANAGE);
    MemberRef m = member(body.memberCode());
    ctx.lockdown().requireMemberOpen(m.id());
    List<WorkplaceLink> links = ctx.entityManager().createQuery("SELECT l FROM WorkplaceLink l WHERE l.memberId = :m "
        + "ORDER BY l.id", WorkplaceLink.class).setParameter("m", m.id()).getResultList();
    ctx.audit().recordRead("workplace-link.read", "member", String.valueOf(m.id()));
    return links.stream().map(l -> {
      Workplace w = ctx.entityManager().find(Workplace.class, l.workplaceId(ctx));
      return new WorkplaceLinkView(l.getId(), m.memberCode(), m.workingName(), w.getId(), w.getLabel(), w.getKind(),
          w.getPlace(), w.getSangkat(), l.getConsentAt());
    }).toList();
  }

  @POST
  public Response link(@Valid @NotNull NewWorkplaceLink body) {
    ctx.caller().require(OrganisingPermissions.WORKPLACE_MANAGE);
    if (!body.consentGiven()) {
      throw Refusal.unprocessable("consentGiven", "consent-needed",
          "A member is linked to a workplace only when she says yes: ask her first.");
    }
    MemberRef m = member(body.memberCode());
    Workplace w = WorkplaceResource.find(ctx, body.workplaceId());
    WorkplaceLink l = new WorkplaceLink(ctx, m.id(), w.getId(), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(l);
    ctx.entityManager().flush();
    ctx.audit().record("workplace-link.created", "member", String.valueOf(m.id()));
    return Response.status(201).entity(new WorkplaceLinkView(l.getId(), m.memberCode(), m.workingName(), w.getId(),
        w.getLabel(), w.getKind(), w.getPlace(), w.getSangkat(), l.getConsentAt())).build();
  }

  /** Removes a link, when the member withdraws her consent. */
  @DELETE
  @Path("{id}")
  public Response unlink(@PathParam("id") long id) {
    ctx.caller().require(OrganisingPermissions.WORKPLACE_MANAGE);
    WorkplaceLink l = ctx.entityManager().find(WorkplaceLink.class, id);
    if (l == null) {
      throw Refusals.notFound("workplace link");
    }
    ctx.entityManager().remove(l);
    ctx.audit().record("workplace-link.removed", "member", String.valueOf(l.getMemberId()));
    return Response.noContent().build();
  }

  private MemberRef member(String code) {
    return ctx.members().byCode(code.strip()).orElseThrow(() -> Refusal.unprocessable("memberCode", "unknown-member",
        "No member here has that code."));
  }
}
