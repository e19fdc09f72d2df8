package org.sahakum.plugins.legalaid.attachments;

import org.sahakum.api.SealedData;
import org.sahakum.api.SealedColumn;

/** The files' sealed contents, for a key rotation: a few at a time, each may be 5 MiB. */
public final class SealedAttachments {
  private static final int BATCH = 4;

  private SealedAttachments() {}

  public static SealedData store() {
    return new SealedColumn<>("case-attachments", CaseAttachment.class, BATCH, CaseAttachment::getId,
        a -> AttachmentResource.purpose(a.getCaseId()), CaseAttachment::resealWith);
  }
}
