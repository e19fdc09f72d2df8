package org.sahakum.plugins.legalaid.attachments;

import java.time.Instant;

/** What a case's file is, without its content. */
public record AttachmentView(long id, long caseId, String mediaType, int sizeBytes, Instant uploadedAt) {}
