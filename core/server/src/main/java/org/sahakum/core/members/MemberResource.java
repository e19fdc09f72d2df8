package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
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
import java.util.List;
import org.sahakum.api.Page;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.crypto.BlindIndex;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;
import org.sahakum.core.tenancy.Tenants;

/**
 * The register of an organisation, or of one of its chapters: list, search, add, show. One instance
 * serves every request (its fields are shared beans or request-scoped proxies): the register's page
 * is the busiest read, and making a resource per request was a tenth of its CPU time.
 */
@ApplicationScoped
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
  @Inject MemberEdits edits;

  /**
   * A page of the register, with the whole list's count in {@code X-Total-Count} ({@link Page}).
   * A search by name or phone goes in a body ({@link #search}): in the address it would land in
   * the access logs of every proxy on the way.
   */
  @GET
  public Response list(
      @PathParam("tenant") String slug,
      @QueryParam("status") @Pattern(regexp = MemberSearch.STATUSES, message = "pending, active or suspended")
          String status,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("q") String q, @QueryParam("phone") String phone) {
    if (q != null || phone != null) {
      throw new BadRequestException("Search by name, code or phone with POST /api/t/{tenant}/members/search and a body "
          + "{q, phone, status, offset, limit}: a search in the address would land in access logs.");
    }
    return find(slug, new MemberSearch(null, null, status, offset, limit));
  }

  /**
   * Searches the register by name or member code ({@code q}) and phone (through the blind index):
   * a page, with how many members match in all in {@code X-Total-Count}.
   */
  @POST
  @Path("search")
  public Response search(@PathParam("tenant") String slug, @NotNull @Valid MemberSearch body) {
    return find(slug, body);
  }

  private Response find(String slug, MemberSearch search) {
    Register register = register(slug, "member:read");
    String text = search.q() == null || search.q().isBlank() ? null : search.q().strip();
    String phone = search.phone();
    String phoneIndex = phone == null || phone.isBlank() ? null : blindIndex.phone(register.org().getId(), phone);
    Members.Search query = new Members.Search(register.org().getId(), register.chapterId(), text, phoneIndex,
        search.status(), search.offsetOrFirst(), search.limitOrDefault());
    List<MemberView> found = members.search(query);
    // a short page is the list's end, so the total is known without a second query
    boolean end = found.size() < query.limit() && (query.offset() == 0 || !found.isEmpty());
    long total = end ? query.offset() + found.size() : members.count(query);
    // who looked at the register, and how (never what was searched for: it may be a name or a phone)
    audit.recordRead(register.org().getId(), caller.requireLogin().accountId(),
        phoneIndex != null ? "member.searched.phone" : text != null ? "member.searched" : "member.listed",
        "register", register.where().getSlug());
    return Page.of(found, total);
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

  /** Corrects the working name, or moves the member to another chapter (at the organisation only). */
  @PUT
  @Path("{id}")
  @Transactional
  public MemberView edit(@PathParam("tenant") String slug, @PathParam("id") long id, @NotNull @Valid MemberEdit body) {
    Register register = register(slug, "member:write");
    Member member = access.member(register, id);
    edits.edit(register, member, body, caller.requireLogin().accountId());
    return view(member);
  }

  private Register register(String slug, String permission) {
    return access.require(slug, permission);
  }

  /** The chapter a new member joins: the URL's chapter, or one named in the body under the URL's organisation. */
  private Tenant chapterFor(Register register, String chapterSlug) {
    if (register.chapter() != null) {
      if (chapterSlug != null && !chapterSlug.equals(register.chapter().getSlug())) {
        throw org.sahakum.api.Refusal.invalid("chapter", "chapter-fixed",
            "chapter: a member added through a chapter joins that chapter.");
      }
      return register.chapter();
    }
    if (chapterSlug == null) {
      return null;
    }
    return tenants.bySlug(chapterSlug)
        .filter(t -> t.getType() == TenantType.CHAPTER && register.org().getId().equals(t.getParentId()))
        .orElseThrow(MemberEdits::unknownChapter);
  }


  private MemberView view(Member m) {
    Tenant chapter = m.getChapterId() == null ? null : tenants.byId(m.getChapterId()).orElse(null);
    return new MemberView(m.getId(), m.getMemberCode(), m.getWorkingName(), chapter == null ? null : chapter.getSlug(),
        chapter == null ? null : chapter.getNameKm(), chapter == null ? null : chapter.getNameEn(), m.getStatus(),
        m.getCreatedAt());
  }
}
