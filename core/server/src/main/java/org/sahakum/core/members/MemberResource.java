package org.sahakum.core.members;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
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
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.crypto.BlindIndex;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/** The register of an organisation, or of one of its chapters: list, search, add, show. */
@Path("t/{tenant}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Members members;
  @Inject RegisterAccess access;
  @Inject BlindIndex blindIndex;
  @Inject AuditLog audit;
  @Inject MemberAdmission admission;

  @GET
  public List<MemberView> list(
      @PathParam("tenant") String slug,
      @QueryParam("q") @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}%_]*", message = "plain text only") String q,
      @QueryParam("phone") @Size(max = 32) @Pattern(regexp = "[0-9 +()-]*", message = "a phone number") String phone,
      @QueryParam("status") @Pattern(regexp = "pending|active|suspended", message = "pending, active or suspended")
          String status,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Register register = register(slug, "member:read");
    String text = q == null || q.isBlank() ? null : q.strip();
    String phoneIndex = phone == null || phone.isBlank() ? null : blindIndex.phone(register.org().getId(), phone);
    List<MemberView> found = members.search(new Members.Search(register.org().getId(), register.chapterId(), text,
        phoneIndex, status, offset, limit));
    // who looked at the register, and how (never what was searched for: it may be a name or a phone)
    audit.recordRead(register.org().getId(), caller.requireLogin().accountId(),
        phoneIndex != null ? "member.searched.phone" : text != null ? "member.searched" : "member.listed",
        "register", register.where().getSlug());
    return found;
  }

  @POST
  @Transactional
  public Response add(@PathParam("tenant") String slug, @NotNull @Valid NewMember body) {
    Register register = register(slug, "member:write");
    Tenant chapter = chapterFor(register, body.chapter());
    Member member = admission.admit(register.org(), chapter, body, caller.requireLogin().accountId());
    return Response.status(201).entity(view(member)).build();
  }

  @GET
  @Path("{id}")
  public MemberView get(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Register register = register(slug, "member:read");
    MemberView member = view(access.member(register, id));
    audit.recordRead(register.org().getId(), caller.requireLogin().accountId(), "member.read", "member", String.valueOf(id));
    return member;
  }

  private Register register(String slug, String permission) {
    return access.require(slug, permission);
  }

  /** The chapter a new member joins: the URL's chapter, or one named in the body under the URL's organisation. */
  private Tenant chapterFor(Register register, String chapterSlug) {
    if (register.chapter() != null) {
      if (chapterSlug != null && !chapterSlug.equals(register.chapter().getSlug())) {
        throw new BadRequestException("chapter: a member added through a chapter joins that chapter.");
      }
      return register.chapter();
    }
    if (chapterSlug == null) {
      return null;
    }
    return tenants.bySlug(chapterSlug)
        .filter(t -> t.getType() == TenantType.CHAPTER && register.org().getId().equals(t.getParentId()))
        .orElseThrow(() -> new BadRequestException("chapter: no such chapter in this organisation."));
  }


  private MemberView view(Member m) {
    String chapter = m.getChapterId() == null ? null : tenants.byId(m.getChapterId()).map(Tenant::getSlug).orElse(null);
    return new MemberView(m.getId(), m.getMemberCode(), m.getWorkingName(), chapter, m.getStatus(), m.getCreatedAt());
  }
}
