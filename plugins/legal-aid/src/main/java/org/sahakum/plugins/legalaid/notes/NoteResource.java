package org.sahakum.plugins.legalaid.notes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.cases.Cases;

/**
 * {@code cases/{id}/notes}: confidential notes. Written by case writers, stored sealed with the
 * organisation's data key and bound to their case; read only with {@code legal:notes:read}, and
 * every read is on the audit trail before the notes are answered.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {
  private final ModuleContext ctx;
  private final long caseId;

  public NoteResource(ModuleContext ctx, long caseId) {
    this.ctx = ctx;
    this.caseId = caseId;
  }

  /**
   * The case's notes, oldest first, opened. Audited as {@code notes.read} of the case. 423 while
   * the client's chapter is locked down.
   */
  @GET
  public List<NoteView> list() {
    ctx.caller().require(LegalAidPermissions.NOTES_READ);
    new Cases(ctx).confidential(caseId);
    List<CaseNote> notes = ctx.entityManager().createQuery(
        "SELECT n FROM CaseNote n WHERE n.caseId = :c ORDER BY n.id", CaseNote.class)
        .setParameter("c", caseId).getResultList();
    ctx.audit().recordRead("notes.read", "case", String.valueOf(caseId));
    return notes.stream().map(n -> new NoteView(n.getId(), caseId,
        new String(ctx.sealer().open(purpose(caseId), n.getSealedText()), StandardCharsets.UTF_8),
        n.getAuthorAccountId(), n.getWrittenAt())).toList();
  }

  /** Adds a note; the answer does not repeat its text. */
  @POST
  public Response add(@Valid @NotNull NewNote body) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    new Cases(ctx).find(caseId);
    byte[] sealed = ctx.sealer().seal(purpose(caseId), body.text().getBytes(StandardCharsets.UTF_8));
    CaseNote note = new CaseNote(caseId, sealed, ctx.caller().accountId(),
        ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(note);
    ctx.entityManager().flush();
    ctx.audit().record("note.added", "case", String.valueOf(caseId));
    return Response.status(201).entity(new NoteView(note.getId(), caseId, null, note.getAuthorAccountId(),
        note.getWrittenAt())).build();
  }

  static String purpose(long caseId) {
    return "case-note|" + caseId;
  }
}
