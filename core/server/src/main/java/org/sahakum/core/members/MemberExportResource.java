package org.sahakum.core.members;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sahakum.api.Csv;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The register as a spreadsheet: codes, working names, chapters, status; never an identifying
 * field. Every export is audited, and a chapter under lockdown cannot be exported.
 */
@Path("t/{tenant}/members/export")
public class MemberExportResource {
  private static final int PAGE = 500;
  private static final String BOM = "\uFEFF";

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Members members;
  @Inject RegisterAccess access;
  @Inject AuditLog audit;

  @GET
  @Produces({"text/csv", "application/json"})
  @Transactional
  public Response export(@PathParam("tenant") String slug) {
    Register register = access.require(slug, "member:export");
    List<Tenant> chapters = register.chapter() != null ? List.of(register.chapter())
        : tenants.children(register.org().getId());
    for (Tenant chapter : chapters) {
      if (chapter.isLocked()) {
        throw new ClientErrorException("The chapter " + chapter.getSlug() + " is locked down: the register cannot be "
            + "exported until the lockdown is lifted.", 423);
      }
    }
    // a BOM so that spreadsheet programs read the Khmer names as UTF-8
    StringBuilder csv = new StringBuilder(BOM)
        .append(Csv.row(List.of("member_code", "working_name", "chapter", "status", "created_at")));
    int rows = 0;
    for (int offset = 0; ; offset += PAGE) {
      List<MemberView> page = members.search(new Members.Search(register.org().getId(), register.chapterId(), null,
          null, null, offset, PAGE));
      for (MemberView m : page) {
        csv.append(Csv.row(java.util.Arrays.asList(m.memberCode(), m.workingName(), m.chapter(), m.status(),
            m.createdAt().toString())));
      }
      rows += page.size();
      if (page.size() < PAGE) {
        break;
      }
    }
    audit.record(register.org().getId(), caller.requireLogin().accountId(), "member.exported", "register",
        register.where().getSlug(), rows + " rows");
    return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"register-" + register.where().getSlug() + ".csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
