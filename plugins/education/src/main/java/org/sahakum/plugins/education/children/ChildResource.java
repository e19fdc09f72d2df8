package org.sahakum.plugins.education.children;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.education.Access;
import org.sahakum.plugins.education.EducationPermissions;
import org.sahakum.plugins.education.centres.Centre;
import org.sahakum.plugins.education.school.SchoolPathResource;
import org.sahakum.plugins.education.school.SupportResource;

/**
 * {@code children}: members' children. Lists never show a name; {@code GET children/{id}} opens it
 * and the opening is on the audit trail before the answer leaves. A teacher reaches only the
 * children of their own classes: any other child is 404 to them.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChildResource {
  private final ModuleContext ctx;

  public ChildResource(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A page of the children the caller reaches, newest first, the whole count in {@code
   * X-Total-Count} ({@link Page}); {@code review=true}: those 18 or older this year.
   */
  @GET
  public Response list(@QueryParam("review") @DefaultValue("false") boolean review,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    ctx.caller().require(EducationPermissions.CHILD_READ);
    Children children = new Children(ctx);
    List<ChildView> page = children.views(children.page(review, limit, offset));
    long total = children.count(review);
    ctx.audit().recordRead("children.read", "child", null);
    return Page.of(page, total);
  }

  /** One child, with the name opened. Audited as {@code child.name.read}; 423 while the guardian's chapter is locked down. */
  @GET
  @Path("{id}")
  public ChildDetail get(@PathParam("id") long id) {
    ctx.caller().require(EducationPermissions.CHILD_READ);
    Children children = new Children(ctx);
    ChildDetail detail = children.detail(children.visible(id));
    ctx.audit().recordRead("child.name.read", "child", String.valueOf(id));
    return detail;
  }

  /**
   * Makes a child's record, only with the guardian's consent to the current text: 422 when the
   * consent version is not the current one, a guardian is not a member here, or the centre is unknown.
   */
  @POST
  public Response create(@Valid @NotNull NewChild body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    if (!ChildConsent.VERSION.equals(body.consentVersion())) {
      throw Access.unprocessable("consentVersion: no record is made without the guardian's consent to the current "
          + "text, version " + ChildConsent.VERSION + " (GET consent).");
    }
    ChildNames.requireFirstName(body.name());
    MemberRef guardian = guardian("guardianCode", body.guardianCode());
    Long second = null;
    if (body.secondGuardianCode() != null && !body.secondGuardianCode().isBlank()) {
      second = guardian("secondGuardianCode", body.secondGuardianCode()).id();
      if (second == guardian.id()) {
        throw Access.unprocessable("secondGuardianCode: the second guardian must be another member.");
      }
    }
    requireCentre(body.centreId());
    LocalDate today = LocalDate.now(ctx.clock());
    if (body.birthYear() > today.getYear()) {
      throw Access.unprocessable("birthYear: a birth year cannot be in the future.");
    }
    Child child = new Child(guardian.id(), second, body, ctx.clock().instant().truncatedTo(ChronoUnit.MICROS), today,
        ctx.caller().accountId());
    ctx.entityManager().persist(child);
    ctx.entityManager().flush();
    ChildNames.seal(ctx, child, body.name());
    ctx.entityManager().flush();
    ctx.audit().record("child.created", "child", String.valueOf(child.getId()));
    return Response.status(Response.Status.CREATED).entity(new Children(ctx).views(List.of(child)).get(0)).build();
  }

  /** Changes the centre the child comes to. */
  @PUT
  @Path("{id}")
  public ChildView update(@PathParam("id") long id, @Valid @NotNull UpdateChild body) {
    ctx.caller().require(EducationPermissions.CHILD_WRITE);
    Children children = new Children(ctx);
    Child child = children.visible(id);
    requireCentre(body.centreId());
    child.update(body, LocalDate.now(ctx.clock()));
    ctx.audit().record("child.updated", "child", String.valueOf(id));
    return children.views(List.of(child)).get(0);
  }

  @Path("{id}/school")
  public SchoolPathResource school(@PathParam("id") long id) {
    return new SchoolPathResource(ctx, id);
  }

  @Path("{id}/support")
  public SupportResource support(@PathParam("id") long id) {
    return new SupportResource(ctx, id);
  }

  private MemberRef guardian(String field, String code) {
    return ctx.members().byCode(code.strip())
        .orElseThrow(() -> Access.unprocessable(field + ": no member of this organisation has that member code."));
  }

  private void requireCentre(long centreId) {
    if (ctx.entityManager().find(Centre.class, centreId) == null) {
      throw Access.unprocessable("centreId: no such centre here.");
    }
  }
}
