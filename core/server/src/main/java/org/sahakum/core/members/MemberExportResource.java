package org.sahakum.core.members;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.sahakum.api.Csv;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The register as a spreadsheet: codes, working names, chapters, status; never an identifying
 * field. Every export is audited before a row leaves, and a chapter under lockdown cannot be
 * exported. The file is written as it is read, a batch of rows at a time, so a register of any
 * size costs the server one batch of memory.
 */
@Path("t/{tenant}/members/export")
@Dependent
public class MemberExportResource {
  static final int BATCH = 500;
  private static final String BOM = "\uFEFF";
  private static final List<String> HEADER = List.of("member_code", "working_name", "chapter", "status", "created_at");

  @Inject CurrentCaller caller;
  @Inject Tenants tenants;
  @Inject Members members;
  @Inject RegisterAccess access;
  @Inject AuditLog audit;

  /*
   * Not @Transactional: the rows are written after this method has returned. Each batch is then a
   * query of its own outside a transaction, whose rows (views, never managed entities) no
   * persistence context keeps, so nothing piles up however many batches there are.
   */
  @GET
  @Produces({"text/csv", "application/json"})
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
    long orgId = register.org().getId();
    Long chapterId = register.chapterId();
    // the first batch fixes where the export starts: a member added while it is written is not in it,
    // so the rows on record are the rows in the file (less any member erased meanwhile)
    List<MemberView> first = members.batchBelow(orgId, chapterId, null, BATCH);
    long rows = first.size() < BATCH ? first.size() : members.countBelow(orgId, chapterId, first.get(0).id() + 1);
    audit.record(orgId, caller.requireLogin().accountId(), "member.exported", "register", register.where().getSlug(),
        rows + " rows");
    StreamingOutput csv = out -> write(out, orgId, chapterId, first);
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"register-" + register.where().getSlug() + ".csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private void write(OutputStream out, long orgId, Long chapterId, List<MemberView> first) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    // a BOM so that spreadsheet programs read the Khmer names as UTF-8
    w.write(BOM);
    w.write(Csv.row(HEADER));
    List<MemberView> batch = first;
    while (true) {
      for (MemberView m : batch) {
        w.write(Csv.row(Arrays.asList(m.memberCode(), m.workingName(), m.chapter(), m.status(),
            m.createdAt().toString())));
      }
      w.flush();
      if (batch.size() < BATCH) {
        return;
      }
      batch = members.batchBelow(orgId, chapterId, batch.get(batch.size() - 1).id(), BATCH);
    }
  }
}
