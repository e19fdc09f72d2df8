package org.sahakum.plugins.legalaid.attachments;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.LegalAidPermissions;
import org.sahakum.plugins.legalaid.Problems;
import org.sahakum.plugins.legalaid.cases.Cases;

/**
 * {@code cases/{id}/attachments}: files on a case, sealed at rest and bound to their case. The
 * list shows what they are to case readers; their content is as confidential as the notes:
 * {@code legal:notes:read}, each download audited.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
  private final ModuleContext ctx;
  private final long caseId;

  public AttachmentResource(ModuleContext ctx, long caseId) {
    this.ctx = ctx;
    this.caseId = caseId;
  }

  @GET
  public List<AttachmentView> list() {
    ctx.caller().require(LegalAidPermissions.CASE_READ);
    new Cases(ctx).find(caseId);
    return ctx.entityManager().createQuery("SELECT a.id, a.mediaType, a.sizeBytes, a.uploadedAt "
            + "FROM CaseAttachment a WHERE a.caseId = :c ORDER BY a.id", Object[].class)
        .setParameter("c", caseId).getResultList().stream()
        .map(r -> new AttachmentView((Long) r[0], caseId, (String) r[1], (Integer) r[2], (Instant) r[3])).toList();
  }

  /** Stores the request body (a PDF, JPEG or PNG, see {@link AttachmentLimits}) sealed. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(InputStream body, @HeaderParam("Content-Type") String contentType) {
    ctx.caller().require(LegalAidPermissions.CASE_WRITE);
    new Cases(ctx).find(caseId);
    String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase();
    byte[] content = AttachmentLimits.read(body, mediaType);
    CaseAttachment a = new CaseAttachment(caseId, mediaType, content.length,
        ctx.sealer().seal(purpose(caseId), content), ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
    ctx.entityManager().persist(a);
    ctx.entityManager().flush();
    ctx.audit().record("attachment.added", "case", String.valueOf(caseId));
    return Response.status(201)
        .entity(new AttachmentView(a.getId(), caseId, mediaType, content.length, a.getUploadedAt())).build();
  }

  /** The file itself, opened; audited as {@code attachment.read}. 423 while the client's chapter is locked down. */
  @GET
  @Path("{attachmentId}")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  public Response download(@PathParam("attachmentId") long attachmentId) {
    ctx.caller().require(LegalAidPermissions.NOTES_READ);
    CaseAttachment a = ctx.entityManager().find(CaseAttachment.class, attachmentId);
    if (a == null || a.getCaseId() != caseId) {
      throw Problems.notFound("file on this case");
    }
    new Cases(ctx).confidential(caseId);
    byte[] content = ctx.sealer().open(purpose(caseId), a.getSealedContent());
    ctx.audit().recordRead("attachment.read", "case", String.valueOf(caseId));
    return Response.ok(content, a.getMediaType()).header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment").build();
  }

  static String purpose(long caseId) {
    return "case-attachment|" + caseId;
  }
}
